/**
 * Local stand-ins for the two AWS APIs that Terraform calls before it plans: STS (the provider's
 * AssumeRole and GetCallerIdentity) and S3 (the state backend's objects and lock file). Each
 * records the requests it gets, so a test can say what the real provider and backend did.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as a stand-in saw it. */
export interface SeenRequest {
  readonly method: string;
  /** Path and query, e.g. `/bucket/key?x-id=PutObject`. */
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** A local HTTP endpoint that records requests and lets a subclass answer them. */
abstract class FakeEndpoint {
  readonly requests: SeenRequest[] = [];
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      this.requests.push(seen);
      this.answer(seen, res);
    });
  });

  /** The endpoint URL, once listening. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  listen(): Promise<void> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  protected abstract answer(request: SeenRequest, res: ServerResponse): void;
}

/** STS: AssumeRole and GetCallerIdentity, both answering for `account`. */
export class FakeSts extends FakeEndpoint {
  /** The account the credentials belong to. */
  account = '';

  /**
   * Environment for terraform with static credentials and no other source (no profile, no
   * config files, no instance metadata), so every credential the provider uses comes through here.
   */
  static credentialsEnv(): Record<string, string> {
    return {
      AWS_ACCESS_KEY_ID: 'AKIAFAKE',
      AWS_SECRET_ACCESS_KEY: 'fake',
      AWS_PROFILE: '',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  }

  /** The form parameters of each request, in order. */
  params(): URLSearchParams[] {
    return this.requests.map((r) => new URLSearchParams(r.body));
  }

  /** The `Action` of each request, in order. */
  actions(): string[] {
    return this.params().map((p) => p.get('Action') ?? '');
  }

  protected answer(request: SeenRequest, res: ServerResponse): void {
    const action = new URLSearchParams(request.body).get('Action');
    const arn = `arn:aws:sts::${this.account}:assumed-role/deployer/pinpoint-iam`;
    res.setHeader('Content-Type', 'text/xml');
    res.end(
      action === 'AssumeRole'
        ? `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIAFAKE</AccessKeyId><SecretAccessKey>fake</SecretAccessKey><SessionToken>fake</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROAFAKE:pinpoint-iam</AssumedRoleId><Arn>${arn}</Arn></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></AssumeRoleResponse>`
        : `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>${arn}</Arn><UserId>AROAFAKE:pinpoint-iam</UserId><Account>${this.account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>2</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
    );
  }
}

/**
 * S3 with path-style addressing and an in-memory store: ListObjectsV2 (always empty), HEAD, GET,
 * PUT (honouring `If-None-Match: *`, as S3-native state locking relies on) and DELETE.
 */
export class FakeS3 extends FakeEndpoint {
  /** Objects by `/bucket/key`. */
  readonly objects = new Map<string, string>();

  protected answer(request: SeenRequest, res: ServerResponse): void {
    const url = new URL(request.url, 'http://s3');
    const key = decodeURIComponent(url.pathname);
    if (request.method === 'GET' && url.searchParams.get('list-type') === '2') {
      res.setHeader('Content-Type', 'application/xml');
      res.end(`<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>`);
    } else if (request.method === 'PUT') {
      const taken = request.headers['if-none-match'] === '*' && this.objects.has(key);
      if (!taken) this.objects.set(key, request.body);
      res.statusCode = taken ? 412 : 200;
      res.setHeader('ETag', '"fake"');
      res.end(taken ? '<Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message></Error>' : undefined);
    } else if (request.method === 'GET' || request.method === 'HEAD') {
      const object = this.objects.get(key);
      res.statusCode = object === undefined ? 404 : 200;
      res.setHeader('Content-Type', 'application/xml');
      res.setHeader('ETag', '"fake"');
      res.end(request.method === 'HEAD' ? undefined : (object ?? '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>'));
    } else if (request.method === 'DELETE') {
      this.objects.delete(key);
      res.statusCode = 204;
      res.end();
    } else {
      res.statusCode = 400;
      res.end();
    }
  }
}
