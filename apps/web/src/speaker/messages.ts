// Messages of this area of the app, English first; Vietnamese must have the same keys (the type checks it).
const en = {};
type Messages = typeof en;

const vi: Messages = {};

export default { en, vi };
