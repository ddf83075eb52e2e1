/** The words printed on the rooming list and transfer manifests, in each shipped language. */
export const MANIFEST_LABELS = {
  en: {
    roomingTitle: 'Rooming list',
    transfersTitle: { arrival: 'Airport transfers: arrivals', departure: 'Airport transfers: departures' },
    printed: (at: string) => `Printed ${at}`,
    localTimes: 'Times are local at the airport, as tickets print them.',
    nights: (count: number) => (count === 1 ? '1 night' : `${count} nights`),
    rooms: (booked: number, available: number) => `${booked} of ${available} rooms booked`,
    passengers: (count: number) => (count === 1 ? '1 passenger' : `${count} passengers`),
    window: (day: string, from: string, to: string) => `${day}, ${from}–${to}`,
    noAirport: 'Airport not given',
    emptyRooming: 'No hotel block yet.',
    emptyTransfers: 'No one has asked for a transfer.',
    columns: { number: 'No.', name: 'Name', delegation: 'Delegation', country: 'Country', email: 'Email', time: 'Time', flight: 'Flight' },
  },
  vi: {
    roomingTitle: 'Danh sách phân phòng',
    transfersTitle: { arrival: 'Đưa đón sân bay: chiều đón', departure: 'Đưa đón sân bay: chiều tiễn' },
    printed: (at: string) => `In lúc ${at}`,
    localTimes: 'Giờ địa phương tại sân bay, như in trên vé.',
    nights: (count: number) => `${count} đêm`,
    rooms: (booked: number, available: number) => `Đã đặt ${booked}/${available} phòng`,
    passengers: (count: number) => `${count} hành khách`,
    window: (day: string, from: string, to: string) => `${from}–${to}, ${day}`,
    noAirport: 'Chưa ghi sân bay',
    emptyRooming: 'Chưa có khối phòng nào.',
    emptyTransfers: 'Chưa có ai đăng ký đưa đón.',
    columns: { number: 'STT', name: 'Họ và tên', delegation: 'Đoàn', country: 'Quốc gia', email: 'Thư điện tử', time: 'Giờ', flight: 'Chuyến bay' },
  },
  th: {
    roomingTitle: 'รายชื่อผู้เข้าพัก',
    transfersTitle: { arrival: 'การรับส่งสนามบิน: ขาเข้า', departure: 'การรับส่งสนามบิน: ขาออก' },
    printed: (at: string) => `พิมพ์เมื่อ ${at}`,
    localTimes: 'เวลาท้องถิ่น ณ สนามบิน ตามที่พิมพ์ในบัตรโดยสาร',
    nights: (count: number) => `${count} คืน`,
    rooms: (booked: number, available: number) => `จองแล้ว ${booked} จาก ${available} ห้อง`,
    passengers: (count: number) => `ผู้โดยสาร ${count} คน`,
    window: (day: string, from: string, to: string) => `${day} เวลา ${from}–${to} น.`,
    noAirport: 'ไม่ได้ระบุสนามบิน',
    emptyRooming: 'ยังไม่มีห้องพักที่สำรองไว้',
    emptyTransfers: 'ยังไม่มีผู้ขอรับส่ง',
    columns: { number: 'ลำดับ', name: 'ชื่อ', delegation: 'คณะ', country: 'ประเทศ', email: 'อีเมล', time: 'เวลา', flight: 'เที่ยวบิน' },
  },
};

export type ManifestLabels = (typeof MANIFEST_LABELS)['en'];

export const manifestLabels = (language: string): ManifestLabels => MANIFEST_LABELS[language as keyof typeof MANIFEST_LABELS] ?? MANIFEST_LABELS.en;
