import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

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

describeSoa("Japanese (ja)", {
  header: ["管理策番号", "管理策", "適用可否", "適用・除外の理由", "実施状況", "実施内容", "証跡"],
  applicable: ["はい", "適用", "はい", "適用", "適用外"],
  status: ["実施済み", "一部実施", "実施予定", "未実施", "適用外"],
});

describeInventory("Japanese (ja)", {
  header: ["システム名", "利用目的", "責任者", "ライフサイクル段階", "役割", "学習データ", "委託先"],
  stage: ["設計", "検証", "導入", "運用中"],
  role: ["提供者", "開発者", "導入者", "利用者"],
});

describeAssessment("Japanese (ja)", {
  header: ["AIシステム", "想定用途", "誤用", "利害関係者", "影響", "影響の種類", "対策", "ステータス"],
  impactKind: ["危害", "便益", "ネガティブ"],
  status: ["草案", "レビュー中", "承認済み"],
});

describeProfile("Japanese (ja)", {
  header: ["サブカテゴリ", "現状", "目標", "対応策"],
});

describeMapping("Japanese (ja)", {
  header: ["管理策ID", "管理策", "説明", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Japanese (ja)", {
  register: ["リスク", "発生可能性", "影響度", "原因", "結果の説明", "リスク分類", "既存の管理策", "対応計画"],
  inventory: ["システム名", "利用目的", "技術", "リスクレベル", "部門", "導入日"],
});
