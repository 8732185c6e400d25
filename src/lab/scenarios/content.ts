import { chunked, response, type Scenario } from '../scenario';
import { DOCUMENT_SECURITY } from './security';

// node:zlib through getBuiltinModule: a static import would load it on every start-up of the CLI bundle.
const { brotliCompressSync, gzipSync } = process.getBuiltinModule('node:zlib');

// Compressed bodies as latin1 strings, so response() frames them byte for byte (steps are sent as latin1).
const latin1 = (bytes: Buffer): string => bytes.toString('latin1');
const GZIP_JSON = latin1(gzipSync('{"id":1,"name":"widget","tags":["a","b"]}'));
const GZIP_LIST = gzipSync(JSON.stringify({ items: Array.from({ length: 20 }, (_, i) => ({ id: i, name: `item ${i}` })) }));
const BR_HTML = latin1(brotliCompressSync('<!doctype html><html lang="en"><head><title>ok</title></head><body><p>Hello</p></body></html>'));
const acceptEncoding: Array<[string, string]> = [['Accept-Encoding', 'gzip, deflate, br']];
const PDF = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';

export const contentScenarios: Scenario[] = [
  {
    name: 'missing-content-type',
    description: 'a 200 with a text body and no Content-Type',
    expect: ['content/missing-content-type'],
    respond: () => [response(200, [], 'hello, world\n')],
  },
  {
    name: 'invalid-content-type',
    description: 'Content-Type with a colon instead of "=" in its charset parameter',
    expect: ['content/invalid-content-type'],
    respond: () => [response(200, [['Content-Type', 'text/html; charset: utf-8']], '<!doctype html><p>hi</p>\n')],
  },
  {
    name: 'invalid-json',
    description: 'application/json with a trailing comma in the object',
    expect: ['content/invalid-json'],
    respond: () => [response(200, [['Content-Type', 'application/json']], '{"id":1,"name":"widget",}')],
  },
  {
    name: 'json-mislabeled',
    description: 'a JSON object served as text/html',
    expect: ['content/json-mislabeled'],
    respond: () => [response(200, [['Content-Type', 'text/html; charset=utf-8'], ...DOCUMENT_SECURITY], '{"id":1,"name":"widget"}')],
  },
  {
    name: 'content-type-without-body',
    description: 'a 204 to DELETE that carries Content-Type',
    request: { method: 'DELETE' },
    expect: ['content/content-type-without-body'],
    respond: () => [response(204, [['Content-Type', 'application/json']])],
  },
  {
    name: 'text-without-charset',
    description: 'text/plain without a charset parameter',
    expect: ['content/text-without-charset'],
    respond: () => [response(200, [['Content-Type', 'text/plain']], 'hello, world\n')],
  },
  {
    name: 'invalid-content-encoding',
    description: 'Content-Encoding: gzip on an uncompressed JSON body',
    request: { headers: acceptEncoding },
    expect: ['content/invalid-content-encoding'],
    respond: () => [
      response(200, [['Content-Type', 'application/json'], ['Content-Encoding', 'gzip'], ['Vary', 'Accept-Encoding']], '{"id":1,"name":"widget"}'),
    ],
  },
  {
    name: 'encoding-without-vary',
    description: 'a gzip-coded JSON body without Vary: Accept-Encoding',
    request: { headers: acceptEncoding },
    expect: ['content/encoding-without-vary'],
    respond: () => [response(200, [['Cache-Control', 'max-age=60'], ['ETag', '"v1"'], ['Content-Type', 'application/json'], ['Content-Encoding', 'gzip']], GZIP_JSON)],
  },
  {
    name: 'gzip-no-store-without-vary-ok',
    description: 'a gzip-coded JSON body without Vary but with Cache-Control: no-store: no cache stores it, so Vary is moot',
    request: { headers: acceptEncoding },
    expect: [],
    respond: () => [response(200, [['Content-Type', 'application/json'], ['Content-Encoding', 'gzip']], GZIP_JSON)],
  },
  {
    name: 'json-not-utf8',
    description: 'a JSON body encoded as UTF-16LE with a byte order mark',
    expect: ['content/json-not-utf8'],
    respond: () => [response(200, [['Content-Type', 'application/json']], latin1(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":1,"name":"widget"}', 'utf16le')])))],
  },
  {
    name: 'charset-mismatch',
    description: 'text/plain labelled UTF-8 whose body is Latin-1 ("café" as 63 61 66 e9)',
    expect: ['content/charset-mismatch'],
    respond: () => [response(200, [['Content-Type', 'text/plain; charset=utf-8']], 'caf\xe9 au lait\n')],
  },
  {
    name: 'unaccepted-encoding',
    description: 'gzip sent to a request whose Accept-Encoding is identity',
    request: { headers: [['Accept-Encoding', 'identity']] },
    expect: ['content/unaccepted-encoding'],
    respond: () => [response(200, [['Content-Type', 'application/json'], ['Content-Encoding', 'gzip'], ['Vary', 'Accept-Encoding']], GZIP_JSON)],
  },
  {
    name: 'invalid-media-type-name',
    description: 'Content-Type */* (a media range copied from Accept)',
    expect: ['content/invalid-media-type-name'],
    respond: () => [response(200, [['Content-Type', '*/*']], 'hello, world\n')],
  },
  {
    name: 'invalid-content-disposition',
    description: 'an unquoted file name with a space in Content-Disposition',
    expect: ['content/invalid-content-disposition'],
    respond: () => [response(200, [['Content-Type', 'application/pdf'], ['Content-Disposition', 'attachment; filename=annual report.pdf']], PDF)],
  },
  {
    name: 'unknown-disposition-type',
    description: 'Content-Disposition: attachement (misspelled)',
    expect: ['content/unknown-disposition-type'],
    respond: () => [response(200, [['Content-Type', 'application/pdf'], ['Content-Disposition', 'attachement; filename="report.pdf"']], PDF)],
  },
  {
    name: 'attachment-without-filename',
    description: 'a CSV export as attachment without a file name',
    expect: ['content/attachment-without-filename'],
    respond: () => [response(200, [['Content-Type', 'text/csv; charset=utf-8'], ['Content-Disposition', 'attachment']], 'id,name\n1,widget\n')],
  },
  {
    name: 'unsafe-filename',
    description: 'a file name with a directory part',
    expect: ['content/unsafe-filename'],
    respond: () => [response(200, [['Content-Type', 'application/pdf'], ['Content-Disposition', 'attachment; filename="../reports/q3.pdf"']], PDF)],
  },
  {
    name: 'content-disposition-ok',
    description: 'the RFC 6266 idiom: an ASCII filename and a UTF-8 filename* for the real name',
    expect: [],
    respond: () => [response(200, [['Content-Type', 'application/pdf'], ['Content-Disposition', `attachment; filename="report.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`]], PDF)],
  },
  {
    name: 'invalid-problem-details',
    description: 'a 404 problem+json whose status member says 400',
    expect: ['content/invalid-problem-details'],
    respond: () => [response(404, [['Content-Type', 'application/problem+json']], '{"type":"https://example.com/probs/not-found","title":"Not found","status":400}')],
  },
  {
    name: 'problem-details-ok',
    description: 'a correct RFC 9457 problem+json (403, the RFC\'s out-of-credit example)',
    expect: [],
    respond: () => [
      response(
        403,
        [['Content-Type', 'application/problem+json']],
        '{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc","balance":30}',
      ),
    ],
  },
  {
    name: 'json-ok',
    description: 'a 200 application/json with a valid body',
    expect: [],
    respond: () => [response(200, [['Content-Type', 'application/json']], '{"id":1,"name":"widget","tags":["a","b"]}')],
  },
  {
    name: 'gzip-json-ok',
    description: 'gzip-coded JSON with Vary: Accept-Encoding',
    request: { headers: acceptEncoding },
    expect: [],
    respond: () => [response(200, [['Content-Type', 'application/json'], ['Content-Encoding', 'gzip'], ['Vary', 'Accept-Encoding']], GZIP_JSON)],
  },
  {
    name: 'chunked-gzip-json-ok',
    description: 'gzip-coded JSON sent in two chunks, with Vary: Accept-Encoding',
    request: { headers: acceptEncoding },
    expect: [],
    respond: () => [
      response(200, [['Content-Type', 'application/json'], ['Content-Encoding', 'gzip'], ['Vary', 'Accept-Encoding'], ['Transfer-Encoding', 'chunked']]),
      chunked(latin1(GZIP_LIST.subarray(0, 40)), latin1(GZIP_LIST.subarray(40))),
    ],
  },
  {
    name: 'br-html-ok',
    description: 'brotli-coded HTML with a charset and Vary: Accept-Encoding',
    request: { headers: acceptEncoding },
    expect: [],
    respond: () => [response(200, [['Content-Type', 'text/html; charset=utf-8'], ['Content-Encoding', 'br'], ['Vary', 'Accept-Encoding'], ...DOCUMENT_SECURITY], BR_HTML)],
  },
  {
    name: 'empty-gzip-ok',
    description: 'an empty 200 labelled gzip, as redirects and errors often are: every mainstream client accepts it',
    request: { headers: acceptEncoding },
    expect: [],
    respond: () => [response(200, [['Content-Type', 'text/plain; charset=utf-8'], ['Content-Encoding', 'gzip'], ['Vary', 'Accept-Encoding'], ['Content-Length', '0']])],
  },
];
