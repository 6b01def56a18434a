// One colour per event type, shared by the timeline and the network.
import type { EventType } from "../types.js";

export const EVENT_COLORS: Record<EventType, string> = {
  meeting: "#1f6f8b",
  phone_call: "#c0392b",
  video_call: "#8e44ad",
  message: "#7f8c8d",
  visit: "#27ae60",
  multilateral: "#d35400",
  signing: "#2c3e50",
  consultation: "#b7950b",
};
