import { describe, expect, it } from 'vitest';
import { formatSeconds } from '../../../src/model/time.ts';
import { takeTimestamp } from '../../../src/importer/timestamps.ts';

describe('takeTimestamp', () => {
	it('reads [mm:ss], [hh:mm:ss], fractions and escaped brackets', () => {
		expect(takeTimestamp('[04:13] Hi')).toEqual({ seconds: 253, token: '[04:13]', rest: 'Hi' });
		expect(takeTimestamp('[1:02:03] Hi').seconds).toBe(3723);
		expect(takeTimestamp('\\[00:03:54.26\\] Hi')).toEqual({ seconds: 234.26, token: '\\[00:03:54.26\\]', rest: 'Hi' });
	});

	it('leaves text without a leading timestamp alone', () => {
		expect(takeTimestamp('At [04:13] we')).toEqual({ rest: 'At [04:13] we' });
	});
});

describe('formatSeconds', () => {
	it('shows minutes and seconds, and hours when there are any', () => {
		expect(formatSeconds(234.26)).toBe('3:54');
		expect(formatSeconds(3723)).toBe('1:02:03');
	});
});
