// @pymem/recorder: builds and locates the C recorder (src/recorder.c). The trace format is in FORMAT.md.
export { buildRecorder, recorderBinary, recorderDir } from './buildRecorder.js';
