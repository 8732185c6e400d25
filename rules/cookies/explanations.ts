// Explanations of the cookies rules, by id: loaded only by `httpinspect explain`.
import type { RuleKnowledge } from '../../src/engine/explanation';
import combinedSetCookie from './combined-set-cookie.explain';
import domainMismatch from './domain-mismatch.explain';
import duplicateAttribute from './duplicate-attribute.explain';
import duplicateName from './duplicate-name.explain';
import invalidCharacters from './invalid-characters.explain';
import invalidDomain from './invalid-domain.explain';
import invalidExpires from './invalid-expires.explain';
import invalidMaxAge from './invalid-max-age.explain';
import invalidPath from './invalid-path.explain';
import invalidPrefix from './invalid-prefix.explain';
import invalidSamesite from './invalid-samesite.explain';
import lifetimeTooLong from './lifetime-too-long.explain';
import missingName from './missing-name.explain';
import missingSecure from './missing-secure.explain';
import obsoleteAttribute from './obsolete-attribute.explain';
import partitionedWithoutSecure from './partitioned-without-secure.explain';
import samesiteNoneWithoutSecure from './samesite-none-without-secure.explain';
import secureOverHttp from './secure-over-http.explain';
import sessionWithoutHttponly from './session-without-httponly.explain';
import tooLarge from './too-large.explain';
import unknownAttribute from './unknown-attribute.explain';

export const cookiesExplanations: Readonly<Record<string, RuleKnowledge>> = {
  'cookies/combined-set-cookie': combinedSetCookie,
  'cookies/domain-mismatch': domainMismatch,
  'cookies/duplicate-attribute': duplicateAttribute,
  'cookies/duplicate-name': duplicateName,
  'cookies/invalid-characters': invalidCharacters,
  'cookies/invalid-domain': invalidDomain,
  'cookies/invalid-expires': invalidExpires,
  'cookies/invalid-max-age': invalidMaxAge,
  'cookies/invalid-path': invalidPath,
  'cookies/invalid-prefix': invalidPrefix,
  'cookies/invalid-samesite': invalidSamesite,
  'cookies/lifetime-too-long': lifetimeTooLong,
  'cookies/missing-name': missingName,
  'cookies/missing-secure': missingSecure,
  'cookies/obsolete-attribute': obsoleteAttribute,
  'cookies/partitioned-without-secure': partitionedWithoutSecure,
  'cookies/samesite-none-without-secure': samesiteNoneWithoutSecure,
  'cookies/secure-over-http': secureOverHttp,
  'cookies/session-without-httponly': sessionWithoutHttponly,
  'cookies/too-large': tooLarge,
  'cookies/unknown-attribute': unknownAttribute,
};
