import {
  campaignArn,
  configurationSetArn,
  endpointArn,
  journeyArn,
  optOutListArn,
  phoneNumberArn,
  poolArn,
  projectArn,
  projectEventsArn,
  recommenderArn,
  segmentArn,
  senderIdArn,
  templateArn,
  type ProjectScope,
} from '../../src/policies/access/arns';
import { pinpointCatalogue } from '../../src/policies/access/catalogue';
import { RESOURCE_REF_TYPES, type ResourceRef } from '../../src/policies/access/grants';
import { REFERENCE_RESOURCE_TYPES, referenceArn } from '../../src/policies/access/references';
import { ACCOUNT, APP_A } from './simulate';

// The catalogue's own placeholders, passed through the builders: the result must be the catalogue's format.
const P = { partition: '${Partition}', region: '${Region}', account: '${Account}' };
const APP: ProjectScope = { ...P, applicationId: '${AppId}' };

describe('the ARN builders', () => {
  it.each<[string, string, string]>([
    ['mobiletargeting/app', projectArn(APP), 'project'],
    ['mobiletargeting/campaign', campaignArn(APP, '${CampaignId}'), 'campaign'],
    ['mobiletargeting/journey', journeyArn(APP, '${JourneyId}'), 'journey'],
    ['mobiletargeting/segment', segmentArn(APP, '${SegmentId}'), 'segment'],
    ['mobiletargeting/endpoint', endpointArn(APP, '${EndpointId}'), 'endpoint'],
    ['mobiletargeting/events', projectEventsArn(APP), 'events'],
    ['mobiletargeting/template', templateArn(P, '${TemplateName}', '${TemplateType}' as never), 'template'],
    ['mobiletargeting/recommender', recommenderArn(P, '${RecommenderId}'), 'recommender'],
    ['sms-voice/configurationset', configurationSetArn(P, '${ConfigurationSetName}'), 'configuration set'],
    ['sms-voice/optoutlist', optOutListArn(P, '${OptOutListName}'), 'opt-out list'],
    ['sms-voice/phonenumber', phoneNumberArn(P, '${PhoneNumberId}'), 'phone number'],
    ['sms-voice/pool', poolArn(P, '${PoolId}'), 'pool'],
    ['sms-voice/senderid', senderIdArn(P, '${SenderId}', '${IsoCountryCode}'), 'sender ID'],
  ])('build the catalogue format of %s', (key, built) => {
    expect(built).toBe(pinpointCatalogue().resourceTypes.get(key)?.arnFormat);
  });

  it('build real ARNs from an application ARN and IDs', () => {
    const app = { partition: 'aws', region: 'us-east-1', account: ACCOUNT, applicationId: APP_A.split('/')[1]! };
    expect(campaignArn(app, '*')).toBe(`${APP_A}/campaigns/*`);
    expect(templateArn(app, 'welcome', 'EMAIL')).toBe(`arn:aws:mobiletargeting:us-east-1:${ACCOUNT}:templates/welcome/EMAIL`);
    expect(senderIdArn(app, 'ACME', 'DE')).toBe(`arn:aws:sms-voice:us-east-1:${ACCOUNT}:sender-id/ACME/DE`);
  });
});

describe('typed references', () => {
  const scoped = { account: ACCOUNT, region: 'us-east-1' };
  const refs: Record<ResourceRef['type'], ResourceRef> = {
    app: { type: 'app', applicationArn: APP_A },
    campaign: { type: 'campaign', applicationArn: APP_A, id: 'c1' },
    journey: { type: 'journey', applicationArn: APP_A, id: 'j1' },
    segment: { type: 'segment', applicationArn: APP_A, id: 's1' },
    template: { type: 'template', ...scoped, name: 'welcome', templateType: 'SMS' },
    recommender: { type: 'recommender', ...scoped, id: 'r1' },
    'configuration-set': { type: 'configuration-set', ...scoped, name: 'prod' },
    'opt-out-list': { type: 'opt-out-list', ...scoped, name: 'Default' },
    'phone-number': { type: 'phone-number', ...scoped, id: 'phone-1' },
    pool: { type: 'pool', ...scoped, id: 'pool-1' },
    'sender-id': { type: 'sender-id', ...scoped, id: 'ACME', country: 'DE' },
  };

  it.each(RESOURCE_REF_TYPES.map((t) => [t]))('resolve a %s reference to an ARN of its catalogue resource type', (type) => {
    const { service, key } = REFERENCE_RESOURCE_TYPES[type];
    const format = pinpointCatalogue().resourceTypes.get(`${service}/${key.toLowerCase()}`)!.arnFormat;
    const pattern = new RegExp(`^${format.replace(/[.*+?^()|[\]\\]/g, '\\$&').replace(/\\?\$\{\w+\}/g, '[^/:]+')}$`);
    expect(referenceArn(refs[type])).toMatch(pattern);
  });

  it('take the partition from the region', () => {
    expect(referenceArn({ type: 'pool', account: ACCOUNT, region: 'cn-north-1', id: 'p' })).toBe(`arn:aws-cn:sms-voice:cn-north-1:${ACCOUNT}:pool/p`);
    expect(referenceArn({ type: 'pool', account: ACCOUNT, region: '*', id: 'p' })).toBe(`arn:aws:sms-voice:*:${ACCOUNT}:pool/p`);
    expect(referenceArn({ type: 'pool', account: ACCOUNT, region: '*', partition: 'aws-us-gov', id: 'p' })).toBe(`arn:aws-us-gov:sms-voice:*:${ACCOUNT}:pool/p`);
  });
});
