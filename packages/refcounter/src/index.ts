// Public API of @pymem/refcounter. Reference counts (ob_refcnt) of simulated objects and deallocation when a count reaches zero.
export { refcounterEventSpecs } from './events.js';
