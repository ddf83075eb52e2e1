export * from './frab-schedule.js';
export * from './schedule-export-cache.js';
export * from './schedule-exports.service.js';
export * from './schedule-ics.js';
export * from './schedule-json.js';
export * from './schedule-xml.js';
export * from './timetable.js';
