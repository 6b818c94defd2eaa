import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Chinese (zh)", {
  header: ["风险编号", "风险", "描述", "可能性", "影响程度", "负责人", "状态", "处置"],
  rows: [
    ["R-1", "Model drift", "Model drift (zh)", "低", "高", "Ann Lee", "开放", "降低"],
    ["R-2", "Prompt injection", "Prompt injection (zh)", "中", "低", "Bo Chen", "进行中", "接受"],
    ["R-3", "Biased scoring", "Biased scoring (zh)", "高", "中", "Cy Dee", "已关闭", "规避"],
  ],
  yes: "是",
  no: "否",
  inOperation: "运行",
});

describeSoa("Chinese (zh)", {
  header: ["控制编号", "控制措施", "是否适用", "适用理由", "实施状态", "实施说明", "证据"],
  applicable: ["是", "适用", "是", "适用", "不适用"],
  status: ["已实施", "部分实施", "计划中", "未实施", "不适用"],
});

describeInventory("Chinese (zh)", {
  header: ["系统名称", "用途", "负责人", "生命周期阶段", "角色", "训练数据", "供应商"],
  stage: ["设计", "测试", "部署", "运行"],
  role: ["提供者", "开发者", "部署者", "用户"],
});

describeAssessment("Chinese (zh)", {
  header: ["AI系统", "预期用途", "误用", "受影响方", "影响", "影响类型", "缓解措施", "状态"],
  impactKind: ["危害", "益处", "负面"],
  status: ["草稿", "审核中", "已批准"],
});

describeSoa("Chinese (zh), traditional and other headers", {
  header: ["控制編號", "控制目標", "是否適用（是/否）", "適用/刪減理由", "實施情況", "實施方式", "證據"],
  applicable: ["是", "適用", "是", "是", "否"],
  status: ["已實施", "部分實施", "計劃中", "未實施", "不適用"],
});

describeProfile("Chinese (zh)", {
  header: ["子类别", "当前状态", "目标状态", "改进措施"],
});

describeMapping("Chinese (zh)", {
  header: ["控制编号", "控制措施", "描述", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Chinese (zh)", {
  register: ["风险", "可能性", "影响程度", "原因", "后果描述", "风险类别", "现有控制措施", "行动计划"],
  inventory: ["系统名称", "用途", "技术", "风险等级", "部门", "上线日期"],
});
