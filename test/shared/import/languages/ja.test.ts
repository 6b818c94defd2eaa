import { describeRegister } from "./example-register";

describeRegister("Japanese (ja)", {
  header: ["リスクID", "リスク", "説明", "発生可能性", "影響度", "責任者", "ステータス", "対応"],
  rows: [
    ["R-1", "Model drift", "Model drift (ja)", "低", "高", "Ann Lee", "未対応", "低減"],
    ["R-2", "Prompt injection", "Prompt injection (ja)", "中", "低", "Bo Chen", "対応中", "受容"],
    ["R-3", "Biased scoring", "Biased scoring (ja)", "高", "中", "Cy Dee", "完了", "回避"],
  ],
  yes: "はい",
  no: "いいえ",
  inOperation: "運用中",
});
