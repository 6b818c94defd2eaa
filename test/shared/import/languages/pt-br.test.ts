import { describeAssessment } from "./example-assessment";
import { describeInventory } from "./example-inventory";
import { describeRegister } from "./example-register";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Brazilian Portuguese (pt-br)", {
  header: ["ID do risco", "Risco", "Descrição", "Probabilidade", "Impacto", "Responsável", "Status", "Tratamento"],
  rows: [
    ["R-1", "Model drift", "Model drift (pt-br)", "Baixa", "Alto", "Ann Lee", "Aberto", "Mitigar"],
    ["R-2", "Prompt injection", "Prompt injection (pt-br)", "Média", "baixo", "Bo Chen", "Em andamento", "Aceitar"],
    ["R-3", "Biased scoring", "Biased scoring (pt-br)", "ALTA", "Médio", "Cy Dee", "Encerrado", "Evitar"],
  ],
  yes: "Sim",
  no: "Não",
  inOperation: "Em produção",
});

describeSoa("Brazilian Portuguese (pt-br)", {
  header: ["ID do controle", "Controle", "Aplicabilidade", "Justificativa", "Status de implementação", "Descrição da implementação", "Evidências"],
  applicable: ["Sim", "Aplicável", "sim", "SIM", "Não se aplica"],
  status: ["Implementado", "Parcialmente implementado", "Planejado", "Não implementado", "Não se aplica"],
});

describeInventory("Brazilian Portuguese (pt-br)", {
  header: ["Nome do sistema", "Finalidade", "Responsável", "Estágio do ciclo de vida", "Papel da organização", "Dados", "Fornecedores"],
  stage: ["Projeto", "Testes", "Implantação", "Em produção"],
  role: ["Fornecedor", "Desenvolvedor", "Operador", "Usuário"],
});

describeAssessment("Brazilian Portuguese (pt-br)", {
  header: ["Sistema de IA", "Uso pretendido", "Uso indevido", "Partes interessadas", "Impacto", "Tipo de impacto", "Medidas de mitigação", "Status"],
  impactKind: ["Dano", "Benefício", "Negativo"],
  status: ["Rascunho", "Em revisão", "Aprovado"],
});

describeProfile("Brazilian Portuguese (pt-br)", {
  header: ["Subcategoria", "Situação atual", "Situação desejada", "Plano de ação"],
});

describeMapping("Brazilian Portuguese (pt-br)", {
  header: ["ID do controle", "Controle", "Descrição", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Brazilian Portuguese (pt-br)", {
  register: ["Risco", "Probabilidade", "Impacto", "Causa", "Descrição das consequências", "Categoria", "Controles existentes", "Plano de ação"],
  inventory: ["Nome do sistema", "Finalidade", "Tecnologia", "Nível de risco", "Área", "Data de implantação"],
});
