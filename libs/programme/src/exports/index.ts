export { type ScheduleFormat } from './schedule-export-cache.js';
export { ScheduleExportsService } from './schedule-exports.service.js';
export { scheduleIcs } from './schedule-ics.js';
export { scheduleJson } from './schedule-json.js';
export { scheduleXml } from './schedule-xml.js';
export { buildTimetable } from './timetable.js';
