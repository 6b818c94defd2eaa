import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Bulgarian (bg)", {
  header: ["ID на риска", "Риск", "Описание", "Вероятност", "Въздействие", "Собственик на риска", "Статус", "Третиране на риска"],
  rows: [
    ["R-1", "Model drift", "Model drift (bg)", "Ниска", "Висок", "Ann Lee", "Отворен", "Намаляване"],
    ["R-2", "Prompt injection", "Prompt injection (bg)", "Средна", "нисък", "Bo Chen", "В процес", "Приемане"],
    ["R-3", "Biased scoring", "Biased scoring (bg)", "ВИСОКА", "Средно", "Cy Dee", "Затворен", "Избягване"],
  ],
  yes: "Да",
  no: "Не",
  inOperation: "В експлоатация",
});

describeSoa("Bulgarian (bg)", {
  header: ["№ на контролата", "Контрола", "Приложимост", "Обосновка", "Статус на внедряване", "Описание на внедряването", "Доказателства"],
  applicable: ["Да", "Приложимо", "да", "ДА", "Неприложимо"],
  status: ["Внедрена", "Частично внедрена", "Планирана", "Не е внедрена", "Неприложимо"],
});

describeInventory("Bulgarian (bg)", {
  header: ["Име на системата", "Предназначение", "Собственик", "Етап от жизнения цикъл", "Роля на организацията", "Данни", "Доставчици"],
  stage: ["Проектиране", "Валидиране", "Внедряване", "В експлоатация"],
  role: ["Доставчик", "Разработчик", "Внедрител", "Потребител"],
});

describeAssessment("Bulgarian (bg)", {
  header: ["Система с ИИ", "Предвидена употреба", "Злоупотреба", "Засегнати страни", "Въздействие", "Вид въздействие", "Мерки", "Статус"],
  impactKind: ["Вреда", "Полза", "вреда"],
  status: ["Чернова", "На преглед", "Одобрено"],
});

describeProfile("Bulgarian (bg)", {
  header: ["Подкатегория", "Текущо състояние", "Целево състояние", "Действия"],
});

describeMapping("Bulgarian (bg)", {
  header: ["ID на контрола", "Контрола", "Описание", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Bulgarian (bg)", {
  register: ["Риск", "Вероятност", "Въздействие", "Причина", "Описание на последиците", "Категория", "Съществуващи контроли", "План за действие"],
  inventory: ["Име на системата", "Предназначение", "Технология", "Ниво на риска", "Отдел", "Дата на внедряване"],
});
