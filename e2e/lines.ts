/** Winning and losing lines through each real scenario, by choice id. */
export const LINES = {
  'deposit-refund': {
    win: ['hear-her-out', 'right-to-expect', 'stay-with-it', 'find-cause', 'two-ways', 'thursday-and-call', 'callback-and-anything-else'],
    lose: ['finance-transfer', 'sixty-days', 'do-what-i-can', 'note-and-email', 'hold-for-finance'],
  },
  'double-charge-chat': {
    win: ['on-it', 'rent-worry', 'by-hand', 'two-things', 'genuine-duplicate', 'urgent-and-check', 'thursday-anything-else'],
    lose: ['three-to-five', 'five-to-ten', 'ticket-raised'],
  },
  'dead-headphones': {
    win: ['tell-me', 'with-you', 'test-it-here', 'its-them', 'swap-or-refund', 'demo-backup', 'see-you-next-week'],
    lose: ['manufacturer-only', 'best-rated', 'the-cable', 'dropped', 'four-to-six-weeks'],
  },
} as const;
