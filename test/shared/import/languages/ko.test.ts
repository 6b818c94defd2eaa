import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Korean (ko)", {
  header: ["위험 ID", "위험", "설명", "발생 가능성", "영향도", "담당자", "상태", "처리"],
  rows: [
    ["R-1", "Model drift", "Model drift (ko)", "낮음", "높음", "Ann Lee", "열림", "감소"],
    ["R-2", "Prompt injection", "Prompt injection (ko)", "보통", "낮음", "Bo Chen", "진행 중", "수용"],
    ["R-3", "Biased scoring", "Biased scoring (ko)", "높음", "보통", "Cy Dee", "종료", "회피"],
  ],
  yes: "예",
  no: "아니오",
  inOperation: "운영 중",
});

describeSoa("Korean (ko)", {
  header: ["통제 번호", "통제항목", "적용 여부", "사유", "이행 상태", "운영 현황", "증적"],
  applicable: ["예", "적용", "Y", "적용", "미적용"],
  status: ["이행 완료", "부분 이행", "이행 예정", "미이행", "해당 없음"],
});

describeInventory("Korean (ko)", {
  header: ["시스템명", "사용 목적", "담당자", "생명주기 단계", "역할", "데이터", "공급업체"],
  stage: ["설계", "검증", "배포", "운영 중"],
  role: ["제공자", "개발자", "배포자", "사용자"],
});

describeAssessment("Korean (ko)", {
  header: ["AI 시스템", "의도된 용도", "오용", "이해관계자", "영향", "영향 유형", "완화 조치", "상태"],
  impactKind: ["피해", "편익", "부정적"],
  status: ["초안", "검토 중", "승인"],
});

describeProfile("Korean (ko)", {
  header: ["하위 범주", "현재 수준", "목표 수준", "개선 조치"],
});

describeMapping("Korean (ko)", {
  header: ["통제 ID", "통제 항목", "설명", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Korean (ko)", {
  register: ["위험", "발생 가능성", "영향도", "원인", "결과 설명", "위험 유형", "기존 통제", "조치 계획"],
  inventory: ["시스템명", "사용 목적", "기술", "위험 등급", "부서", "도입일"],
});
