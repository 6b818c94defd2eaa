import { describeRegister } from "./example-register";

describeRegister("Spanish (es)", {
  header: ["ID del riesgo", "Riesgo", "Descripción", "Probabilidad", "Impacto", "Propietario del riesgo", "Estado", "Tratamiento"],
  rows: [
    ["R-1", "Model drift", "Model drift (es)", "Baja", "Alto", "Ann Lee", "Abierto", "Mitigar"],
    ["R-2", "Prompt injection", "Prompt injection (es)", "Media", "bajo", "Bo Chen", "En curso", "Aceptar"],
    ["R-3", "Biased scoring", "Biased scoring (es)", "ALTA", "Medio", "Cy Dee", "Cerrado", "Evitar"],
  ],
  yes: "Sí",
  no: "No",
  inOperation: "En producción",
});
