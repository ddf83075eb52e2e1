// What a delegate's details share between the api and the web app: the needs a form offers and a badge marks,
// and how the check-in desk matches a typed name. Plain data and functions, no server code.
export { ACCESSIBILITY_CHOICES, type AccessibilityChoice, DIETARY_CHOICES, DIETARY_ICONS, type DietaryChoice } from './needs.js';
export { COMBINING_MARKS, foldName } from './folded-name.js';
