import { describeRegister } from "./example-register";

describeRegister("Portuguese (pt)", {
  header: ["ID do risco", "Risco", "Descrição", "Probabilidade", "Impacto", "Responsável", "Estado", "Tratamento"],
  rows: [
    ["R-1", "Model drift", "Model drift (pt)", "Baixa", "Alto", "Ann Lee", "Aberto", "Mitigar"],
    ["R-2", "Prompt injection", "Prompt injection (pt)", "Média", "baixo", "Bo Chen", "Em curso", "Aceitar"],
    ["R-3", "Biased scoring", "Biased scoring (pt)", "ALTA", "Médio", "Cy Dee", "Fechado", "Evitar"],
  ],
  yes: "Sim",
  no: "Não",
  inOperation: "Em produção",
});
