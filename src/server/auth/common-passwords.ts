/**
 * Commonly used passwords of 12 characters or more (the only ones the length rule lets through),
 * drawn from widely published breach-frequency lists. Compared in lower case.
 */
export const COMMON_PASSWORDS = new Set([
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
]);
