import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('gives the single-machine defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toEqual(expect.objectContaining({ PORT: 3000, DATA_DIR: './.data', RUN_WORKER: true, LOAD_DEMO: true, LOG_FORMAT: 'text' }));
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('reads numbers, booleans and URLs from strings', () => {
    const config = loadConfig({
      PORT: '8080',
      RUN_WORKER: 'false',
      DATABASE_URL: 'postgres://u@db:5432/plenary',
      REDIS_URL: 'redis://cache:6379',
      SMTP_URL: 'smtp://mail:1025',
    });
    expect(config).toEqual(expect.objectContaining({ PORT: 8080, RUN_WORKER: false, DATABASE_URL: 'postgres://u@db:5432/plenary' }));
  });

  it('derives PUBLIC_URL from PORT when it is unset, so mailed links reach the port the api listens on', () => {
    expect(loadConfig({ PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080');
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080', PUBLIC_URL: 'https://plenary.example.org' }).PUBLIC_URL).toBe('https://plenary.example.org');
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('trusts no proxy unless told, and reads a list of addresses and CIDR ranges', () => {
    expect(loadConfig({}).TRUSTED_PROXIES).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: ' 10.0.0.0/8, ::1 ,loopback' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '::1', 'loopback']);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['REDIS_URL', 'localhost:6379'],
    ['SMTP_URL', 'mail.example.org'],
    ['LOG_FORMAT', 'xml'],
    ['RUN_WORKER', 'maybe'],
    ['JWT_SECRET', 'short'],
    ['ADMIN_EMAIL', 'not-an-email'],
    ['TRUSTED_PROXIES', '10.0.0.0/8,proxy.internal'],
    ['TRUSTED_PROXIES', '10.0.0.0/33'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`\\b${name}=`));
  });

  it('refuses several api replicas without a shared object store, database and token key, naming API_REPLICAS', () => {
    expect(() => loadConfig({ API_REPLICAS: '3' })).toThrow(/API_REPLICAS=3: several api replicas need shared storage: set S3_\* .*DATABASE_URL.*JWT_SECRET/);
    const shared = { DATABASE_URL: 'postgres://u@db:5432/plenary', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig({ API_REPLICAS: '2', ...shared })).toThrow(/API_REPLICAS=2: .*S3_\*/);
    const s3 = { S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'plenary', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' };
    expect(loadConfig({ API_REPLICAS: '2', ...shared, ...s3 }).API_REPLICAS).toBe(2);
    expect(loadConfig({}).API_REPLICAS).toBe(1);
  });
});
