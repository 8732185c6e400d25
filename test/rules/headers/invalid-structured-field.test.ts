import { ruleTable } from '../../helpers/ruleTable';
import { res } from '../security/_responses';

ruleTable('headers/invalid-structured-field', {
  fires: [
    {
      name: 'Priority with a space before "="',
      input: res(['Priority: u =1']),
      severity: 'error',
      message: 'Priority is not a valid structured dictionary (RFC 9218 §5): expected "," between dictionary members, found "=" at character 2; recipients ignore the whole field',
      evidence: 'Priority: u =1 at byte 17',
      location: { part: 'header', offset: 17, header: 'Priority' },
    },
    { name: 'Cache-Status with a trailing comma', input: res(['Cache-Status: ExampleCache; hit,']), message: 'Cache-Status is not a valid structured list' },
    { name: 'Origin-Agent-Cluster: true (a token, but spelled as a boolean elsewhere)', input: res(['Origin-Agent-Cluster: ?true']), message: 'a boolean is ?0 or ?1' },
    { name: 'COOP quoted with single quotes', input: res(["Cross-Origin-Opener-Policy: 'same-origin'"]), message: 'cannot start an item' },
    {
      name: 'an Item field repeated on two lines',
      input: res(['Origin-Agent-Cluster: ?1', 'Origin-Agent-Cluster: ?1']),
      message: 'Origin-Agent-Cluster is a structured item (HTML §origin-keyed agent clusters) sent on 2 lines',
      evidence: 'Origin-Agent-Cluster: ?1 at byte 17; Origin-Agent-Cluster: ?1 at byte 43',
      location: { header: 'Origin-Agent-Cluster', offset: 43 },
    },
    { name: 'Content-Digest with bare base64', input: res(['Content-Digest: sha-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=']), message: 'Content-Digest' },
    { name: 'the failing line of a repeated list', input: res(['Accept-CH: Sec-CH-UA-Model', 'Accept-CH: DPR,,Width']), message: 'of line 2', evidence: 'Accept-CH: DPR,,Width at byte 45' },
  ],
  quiet: [
    { name: 'valid Cache-Status and Proxy-Status', input: res(['Cache-Status: ExampleCache; hit; ttl=376, "CDN Company Here"; fwd=uri-miss', 'Proxy-Status: proxy.example.net; error=http_protocol_error; details="Malformed response header"']) },
    { name: 'valid Priority, Accept-CH, Origin-Agent-Cluster', input: res(['Priority: u=1, i', 'Accept-CH: Sec-CH-UA-Model, Sec-CH-UA-Platform-Version, DPR', 'Origin-Agent-Cluster: ?1']) },
    { name: 'Content-Digest as a byte sequence', input: res(['Content-Digest: sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:']) },
    { name: 'a list split over lines', input: res(['Accept-CH: DPR', 'Accept-CH: Width']) },
    { name: 'fields that are not structured (Cache-Control, Server)', input: res(['Cache-Control: max-age=60, no-cache="Set-Cookie"', 'Server: Apache/2.4 (Unix, OpenSSL)']) },
  ],
});
