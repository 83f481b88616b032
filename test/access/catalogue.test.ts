import { patternMatchesFormat } from '../../src/policies/access/arn-match';
import { findAction, matchActions, pinpointCatalogue } from '../../src/policies/access/catalogue';
import { actionProblem, conditionOperatorProblem, resourceArnProblem } from '../../src/policies/access/rules';

describe('the IAM catalogue of the two Pinpoint services', () => {
  const catalogue = pinpointCatalogue();

  it('holds only mobiletargeting and sms-voice, with their resource types and condition keys', () => {
    expect(new Set(catalogue.actions.map((a) => a.service))).toEqual(new Set(['mobiletargeting', 'sms-voice']));
    expect(catalogue.actions.length).toBeGreaterThan(200);
    expect(catalogue.resourceTypes.get('mobiletargeting/campaign')?.arnFormat).toBe('arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}/campaigns/${CampaignId}');
    expect(catalogue.serviceConditionKeys.mobiletargeting).toEqual(expect.arrayContaining(['aws:ResourceTag/${TagKey}', 'aws:TagKeys']));
    expect(catalogue.globalConditionKeys).toEqual(expect.arrayContaining(['aws:SourceIp', 'aws:RequestedRegion']));
  });

  it('is loaded once and cached', () => {
    expect(pinpointCatalogue()).toBe(catalogue);
  });

  it('finds actions ignoring case, as IAM does, and expands wildcards', () => {
    expect(findAction('MobileTargeting:getcampaign')?.fullName).toBe('mobiletargeting:GetCampaign');
    expect(matchActions('mobiletargeting:GetSegment?').map((a) => a.name)).toEqual(['GetSegments']);
    expect(matchActions('sms-voice:Describe*').length).toBeGreaterThan(10);
  });

  it('splits combined access levels', () => {
    expect(findAction('mobiletargeting:TagResource')?.accessLevels).toEqual(['Tagging', 'Write']);
  });
});

describe('matching a policy ARN pattern to a catalogue format', () => {
  const campaign = 'apps/${AppId}/campaigns/${CampaignId}';
  const app = 'apps/${AppId}';
  const templates = 'templates/${TemplateName}/${TemplateType}';

  it.each<[string, string, boolean]>([
    ['apps/0123/campaigns/c1', campaign, true],
    ['apps/0123/campaigns/*', campaign, true],
    ['apps/*', campaign, true],
    ['apps/0123/*', campaign, true],
    ['*', campaign, true],
    ['apps/0123', campaign, false],
    ['apps/0123/segments/*', campaign, false],
    ['apps/0123/campaigns/', campaign, false],
    ['apps/0123', app, true],
    ['apps/0123/*', app, false],
    ['apps/?123', app, true],
    ['apps/0123/campaigns/c1', app, false],
    ['templates/welcome/EMAIL', templates, true],
    ['templates/welcome', templates, false],
    ['templates/*/SMS', templates, true],
  ])('decides whether %s can match %s: %s', (pattern, format, expected) => {
    expect(patternMatchesFormat(pattern, format)).toBe(expected);
  });
});

describe('single-value rules', () => {
  it.each<[string, string | undefined]>([
    ['mobiletargeting:GetCampaign', undefined],
    ['mobiletargeting:Get*', undefined],
    ['sms-voice:Describe?ools', undefined],
    ['mobiletargeting:GetCampain', 'is not a mobiletargeting action in the IAM catalogue; did you mean "mobiletargeting:GetCampaign"?'],
    ['mobile*:GetCampaign', 'has a wildcard in its service prefix; expected "mobiletargeting:<Action>" or "sms-voice:<Action>"'],
    ['mobiletargeting:Get Campaign', `has an action name with characters other than letters, digits, '*' and '?'; expected "mobiletargeting:<Action>" or "sms-voice:<Action>"`],
  ])('judge the action %s', (action, expected) => {
    expect(actionProblem(action)).toBe(expected);
  });

  it.each<[string, RegExp | undefined]>([
    ['*', undefined],
    ['arn:aws:mobiletargeting:*:123456789012:apps/*', undefined],
    ['arn:aws:sms-voice:eu-west-1:123456789012:sender-id/ACME/DE', undefined],
    ['arn:aws:mobiletargeting:us-east-1:123456789012', /^is not "\*" or an ARN of the form/],
    ['arn:aws-moon:mobiletargeting:us-east-1:123456789012:apps/*', /^has unknown partition "aws-moon"/],
    ['arn:aws:mobiletargeting:us-east-1:123456789012:apps/a b', /spaces or non-ASCII/],
  ])('judge the resource %s', (arn, expected) => {
    const problem = resourceArnProblem(arn);
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeUndefined();
  });

  it.each<[string, boolean]>([
    ['StringEquals', true],
    ['ForAnyValue:StringLike', true],
    ['ArnLikeIfExists', true],
    ['NullIfExists', false],
    ['StringEqual', false],
  ])('judge the condition operator %s (valid: %s)', (operator, valid) => {
    expect(conditionOperatorProblem(operator) === undefined).toBe(valid);
  });
});
