// One target, end to end below the reports: its capture session (request, preflight, redirect hops), then judging.
import type { Rule } from '../engine/rule';
import type { RequestSpec } from '../http1/request';
import { captureSession, type SessionOptions } from '../capture/session';
import { judge, type Inspection, type JudgeSettings } from '../judge';

export async function inspectOne(spec: RequestSpec, session: SessionOptions, rules: readonly Rule[], settings: JudgeSettings): Promise<Inspection> {
  return judge(await captureSession(spec, session), rules, settings);
}
