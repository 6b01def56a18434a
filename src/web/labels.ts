// Arabic labels for the model's enumerations, in one place.
import type { AgreementKind, EntityType, EventType } from "../types.js";

export const EVENT_TYPE_AR: Record<EventType, string> = {
  meeting: "لقاء",
  phone_call: "اتصال هاتفي",
  video_call: "اتصال مرئي",
  message: "رسالة",
  visit: "زيارة",
  multilateral: "اجتماع متعدد الأطراف",
  signing: "توقيع",
  consultation: "مشاورات",
};

export const ENTITY_TYPE_AR: Record<EntityType, string> = {
  PER: "شخص",
  ORG: "منظمة",
  GPE: "دولة / كيان سياسي",
  LOC: "مكان",
  MISC: "أخرى",
};

export const AGREEMENT_KIND_AR: Record<AgreementKind, string> = {
  agreement: "اتفاق",
  consensus: "توافق",
  signed: "توقيع",
  commitment: "التزام",
};

export const FACET_AR: Record<string, string> = {
  outlet: "المصدر",
  entity: "الكيانات",
  event_type: "نوع الحدث",
  year: "السنة",
  month: "الشهر",
  type: "النوع",
};

export function eventTypeAr(t: string): string {
  return (EVENT_TYPE_AR as Record<string, string>)[t] ?? t;
}

export function entityTypeAr(t: string): string {
  return (ENTITY_TYPE_AR as Record<string, string>)[t] ?? t;
}

export function facetValueAr(facet: string, value: string): string {
  if (facet === "event_type") return eventTypeAr(value);
  if (facet === "type") return entityTypeAr(value);
  return value;
}
