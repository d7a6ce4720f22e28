// Public API of @pymem/events: the event envelope and vocabulary skeleton, the ordered bus,
// and stream helpers. Other packages declare their own events on top of `PymemEvent`.
export type { PymemEvent, Unsequenced, EventOf, EventKind, EventSpec, MarkerEvent, CoreEvent } from './event.js';
export { defineEventSpecs, coreEventSpecs, assertNever } from './event.js';
export type { Bus, BusOptions, EventHandler, Unsubscribe, DeliveryFailure } from './bus.js';
export { createBus, BusDeliveryError } from './bus.js';
export { ofType } from './ofType.js';
