import { describeAssessment } from "./example-assessment";
import { describeInventory } from "./example-inventory";
import { describeRegister } from "./example-register";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

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

describeSoa("Portuguese (pt)", {
  header: ["ID do controlo", "Título do controlo", "Aplicabilidade", "Justificação", "Estado de implementação", "Descrição da implementação", "Evidências"],
  applicable: ["Sim", "Aplicável", "sim", "SIM", "Não aplicável"],
  status: ["Implementado", "Parcialmente implementado", "Planeado", "Não implementado", "Excluído"],
});

describeInventory("Portuguese (pt)", {
  header: ["Nome do sistema", "Finalidade", "Proprietário", "Fase", "Papel", "Fontes de dados", "Fornecedores"],
  stage: ["Desenho", "Testes", "Implementação", "Em produção"],
  role: ["Fornecedor", "Desenvolvedor", "Operador", "Utilizador"],
});

describeAssessment("Portuguese (pt)", {
  header: ["Sistema de IA", "Utilização prevista", "Uso indevido previsível", "Partes afetadas", "Impacto", "Tipo de impacto", "Medidas de mitigação", "Estado"],
  impactKind: ["Dano", "Benefício", "Negativo"],
  status: ["Rascunho", "Em revisão", "Aprovado"],
});

describeProfile("Portuguese (pt)", {
  header: ["Subcategoria", "Estado atual", "Estado alvo", "Ação"],
});

describeMapping("Portuguese (pt)", {
  header: ["ID do controlo", "Controlo", "Descrição", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Portuguese (pt)", {
  register: ["Risco", "Probabilidade", "Impacto", "Causa", "Efeitos", "Categoria", "Controlos existentes", "Plano de ação"],
  inventory: ["Nome do sistema", "Finalidade", "Tecnologia", "Nível de risco", "Unidade de negócio", "Data de implantação"],
});
