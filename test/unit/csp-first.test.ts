import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFirst } from '../../src/site/csp-first.ts';

const empty = `'sha256-${createHash('sha256').update('').digest('base64')}'`;
const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-abc=' ${empty};">`;
const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title><link rel="icon" href="/i.svg"><link rel="stylesheet" href="/b.css">${policy}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;

describe('the policy first in <head>', () => {
  it('moves the policy right after the charset and drops the empty hash, nothing else', () => {
    const out = policyFirst(page);
    expect(out).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self' 'sha256-abc=';"><title>T</title><link rel="icon" href="/i.svg"><link rel="stylesheet" href="/b.css"><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    );
  });

  it('leaves a page without a policy alone', () => {
    const plain = '<html><head><meta charset="utf-8"></head></html>';
    expect(policyFirst(plain)).toBe(plain);
  });
});
