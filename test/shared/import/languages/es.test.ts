import { describeAssessment } from "./example-assessment";
import { describeInventory } from "./example-inventory";
import { describeRegister } from "./example-register";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

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

describeSoa("Spanish (es)", {
  header: ["ID del control", "Título del control", "Aplicabilidad", "Justificación", "Estado de implementación", "Descripción de la implementación", "Evidencias"],
  applicable: ["Sí", "Aplicable", "si", "SÍ", "No aplicable"],
  status: ["Implementado", "Parcialmente implementado", "Planificado", "No implementado", "Excluido"],
});

describeInventory("Spanish (es)", {
  header: ["Nombre del sistema", "Finalidad", "Propietario", "Etapa", "Rol", "Fuentes de datos", "Proveedores"],
  stage: ["Diseño", "Pruebas", "Despliegue", "En producción"],
  role: ["Proveedor", "Desarrollador", "Implementador", "Usuario"],
});

describeAssessment("Spanish (es)", {
  header: ["Sistema de IA", "Uso previsto", "Uso indebido previsible", "Partes afectadas", "Impacto", "Tipo de impacto", "Medidas de mitigación", "Estado"],
  impactKind: ["Daño", "Beneficio", "Negativo"],
  status: ["Borrador", "En revisión", "Aprobado"],
});

describeProfile("Spanish (es)", {
  header: ["Subcategoría", "Estado actual", "Estado objetivo", "Acción"],
});

describeMapping("Spanish (es)", {
  header: ["ID del control", "Control", "Descripción", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Spanish (es)", {
  register: ["Riesgo", "Probabilidad", "Impacto", "Causa", "Efectos", "Categoría", "Controles existentes", "Plan de acción"],
  inventory: ["Nombre del sistema", "Finalidad", "Tecnología", "Nivel de riesgo", "Departamento", "Fecha de implantación"],
});
