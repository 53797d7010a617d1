import { describeOptions, drillUsage, isEngine, parseDrillArgs } from './drill-options';

describe('parseDrillArgs', () => {
  it('keeps the defaults: worker kills only (the KYC worker, the AML and RG processes among them), no engine outage', () => {
    const options = parseDrillArgs([]);
    expect(options.targets).toEqual([
      'payments-worker',
      'wallet-worker',
      'ops-worker',
      'kyc-worker',
      'outbox-relay',
      'ops-probe-consumer',
      'aml-monitor',
      'aml-worker',
      'rg-worker',
      'rg-monitor',
    ]);
    expect(options.newcomersPerMinute).toBe(6);
    expect(options.targets.some(isEngine)).toBe(false);
    expect(options.outageSeconds).toBe(20);
    expect(describeOptions(options)).not.toContain('--outage-seconds');
  });

  it('accepts engines among the targets, beside processes, and an outage length', () => {
    const options = parseDrillArgs([
      '--targets',
      'temporal,kafka,payments-worker',
      '--duration=90',
      '--outage-seconds',
      '15',
    ]);
    expect(options.targets).toEqual(['temporal', 'kafka', 'payments-worker']);
    expect(options.targets.filter(isEngine)).toEqual(['temporal', 'kafka']);
    expect(options.outageSeconds).toBe(15);
    expect(describeOptions(options)).toContain('--targets temporal,kafka,payments-worker --outage-seconds 15');
  });

  it('refuses a duration too short for the outages it asks for, saying how long it must be', () => {
    expect(() => parseDrillArgs(['--targets', 'temporal,kafka,postgres', '--duration', '90'])).toThrow(
      '--duration: 90 s is too short for 3 engine outage(s) of 20 s: give at least 120 s',
    );
    expect(() => parseDrillArgs(['--targets', 'temporal', '--duration', '40'])).not.toThrow();
  });

  it('refuses an unknown target and an outage length out of range', () => {
    expect(() => parseDrillArgs(['--targets', 'temporal,redis'])).toThrow(/--targets: /);
    expect(() => parseDrillArgs(['--outage-seconds', '1'])).toThrow(/--outage-seconds: /);
  });

  it('lists the engines and --outage-seconds in --help', () => {
    expect(drillUsage()).toMatch(/--targets .*temporal, kafka, postgres/);
    expect(drillUsage()).toContain('--outage-seconds');
  });
});
