/**
 * The 10,000 most common passwords, as ranked in SecLists' xato-net 10-million list and shipped by
 * @zxcvbn-ts/language-common (MIT), plus long ones people pick for a music-therapy practice.
 * Compared in NFKC form and lower case.
 */
import { createRequire } from 'node:module';

const ranked = createRequire(import.meta.url)('@zxcvbn-ts/language-common/src/passwords.json') as string[];
export const COMMON_LIST_SIZE = 10_000;

const PRACTICE_PASSWORDS = [
  '123456789012', '1234567890123', '12345678901234', '123456789012345', '1234567890qwerty', '111111111111',
  '000000000000', '123123123123', 'qwertyuiopasdfgh', 'qwertyuiop123', 'qwerty123456', '1q2w3e4r5t6y',
  '1qaz2wsx3edc', 'zaq12wsxcde3', 'passwordpassword', 'password1234', 'password12345', 'password123456',
  'password123!', 'passw0rd1234', 'p@ssw0rd1234', 'iloveyou1234', 'welcome12345', 'welcome123456',
  'letmein12345', 'administrator', 'admin1234567', 'changeme1234', 'trustno1trustno1', 'sunshine1234',
  'football1234', 'baseball1234', 'superman1234', 'michael12345', 'princess1234', 'qwertyqwerty',
  'asdfghjkl123', 'asdfasdfasdf', 'abcdefghijkl', 'abc123abc123', 'abcd12345678', 'aaaaaaaaaaaa',
  'monkey123456', 'dragon123456', 'master123456', 'shadow123456', 'whatever1234', 'starwars1234',
  'musictherapy', 'musictherapy1', 'musictherapy123', 'therapist123', 'crescendo123', 'crescendo1234',
  'correcthorsebatterystaple', 'ilovemusic123', 'guitar123456', 'piano1234567',
];

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  [...ranked.slice(0, COMMON_LIST_SIZE), ...PRACTICE_PASSWORDS].map((p) => p.normalize('NFKC').toLowerCase()),
);
