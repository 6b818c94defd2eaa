import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("Turkish (tr)", {
  header: ["Risk No", "Risk", "Açıklama", "Olasılık", "Etki", "Risk sahibi", "Durum", "Risk işleme"],
  rows: [
    ["R-1", "Model drift", "Model drift (tr)", "Düşük", "Yüksek", "Ann Lee", "Açık", "Azaltma"],
    ["R-2", "Prompt injection", "Prompt injection (tr)", "Orta", "düşük", "Bo Chen", "Devam ediyor", "Kabul"],
    ["R-3", "Biased scoring", "Biased scoring (tr)", "YÜKSEK", "Orta", "Cy Dee", "Kapalı", "Kaçınma"],
  ],
  yes: "Evet",
  no: "Hayır",
  inOperation: "Üretimde",
});

describeSoa("Turkish (tr)", {
  header: ["Kontrol No", "Kontrol Adı", "Uygulanabilirlik", "Gerekçe", "Uygulama Durumu", "Uygulama Açıklaması", "Kanıtlar"],
  applicable: ["Evet", "Uygulanabilir", "evet", "EVET", "Hayır"],
  status: ["Uygulandı", "Kısmen uygulandı", "Planlandı", "Uygulanmadı", "Uygulanamaz"],
});

describeInventory("Turkish (tr)", {
  header: ["Sistem Adı", "Kullanım Amacı", "Sorumlu", "Yaşam Döngüsü Aşaması", "Rol", "Veri Kaynakları", "Tedarikçiler"],
  stage: ["Tasarım", "Doğrulama", "Devreye alma", "Üretimde"],
  role: ["Sağlayıcı", "Geliştirici", "Uygulayıcı", "Kullanıcı"],
});

describeAssessment("Turkish (tr)", {
  header: ["Yapay Zeka Sistemi", "Amaçlanan kullanım", "Kötüye kullanım", "Etkilenen taraflar", "Etki", "Etki türü", "Önlemler", "Durum"],
  impactKind: ["Zarar", "Fayda", "Olumsuz"],
  status: ["Taslak", "İncelemede", "Onaylandı"],
});

describeProfile("Turkish (tr)", {
  header: ["Alt kategori", "Mevcut durum", "Hedef durum", "Aksiyon planı"],
});

describeMapping("Turkish (tr)", {
  header: ["Kontrol ID", "Kontrol", "Açıklama", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Turkish (tr)", {
  register: ["Risk", "Olasılık", "Etki", "Neden", "Sonuçların açıklaması", "Kategori", "Mevcut kontroller", "Aksiyon planı"],
  inventory: ["Sistem Adı", "Kullanım Amacı", "Teknoloji", "Risk seviyesi", "Birim", "Devreye alma tarihi"],
});
