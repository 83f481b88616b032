/**
 * What an access policy grants, as plain data: the config file's `grants` entries and the
 * props of the PinpointAccessPolicy construct have this shape.
 */
import type { TemplateType } from './arns';

/** Read access (every List and Read action of the catalogue) to some projects and everything in them. */
export interface ReadOnlyGrant {
  /** Selects this preset. */
  readonly preset: 'read-only';
  /** The projects, as application ARNs. */
  readonly applicationArns: readonly string[];
}

/** What a mobile or web app needs to register its endpoint and report events to its own project. */
export interface AppClientGrant {
  /** Selects this preset. */
  readonly preset: 'app-client';
  /** The app's project(s), as application ARNs. */
  readonly applicationArns: readonly string[];
}

/** Every Pinpoint and Pinpoint SMS and voice action in one account (and region). */
export interface AdminGrant {
  /** Selects this preset. */
  readonly preset: 'admin';
  /** 12-digit account ID. */
  readonly account: string;
  /** Region to confine the grant to. @default every region */
  readonly region?: string;
  /** ARN partition. @default the region's partition, else "aws" */
  readonly partition?: string;
}

/** Conditions of a custom grant; every one given must hold. */
export interface GrantConditions {
  /** Tags the resource must carry: `StringEquals aws:ResourceTag/<key>`. @default none */
  readonly resourceTags?: Readonly<Record<string, string>>;
  /** Tags the request must set: `StringEquals aws:RequestTag/<key>`. @default none */
  readonly requestTags?: Readonly<Record<string, string>>;
  /** The only tag keys a request may carry: `ForAllValues:StringEquals aws:TagKeys`. @default none */
  readonly tagKeys?: readonly string[];
  /** Further IAM conditions, as in a policy's Condition block (operator → key → values). @default none */
  readonly operators?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/** A statement of your own: actions, resources and conditions, checked against the catalogue. */
export interface CustomGrant {
  /** Statement ID (letters and digits, unique in the policy). @default `Grant<index>Custom` */
  readonly sid?: string;
  /** `mobiletargeting:` or `sms-voice:` action names; `*` and `?` wildcards allowed. */
  readonly actions: readonly string[];
  /** ARN strings (wildcards allowed) or typed references; `*` only for actions that may name no resource. */
  readonly resources: readonly ResourceInput[];
  /** Conditions. @default none */
  readonly conditions?: GrantConditions;
  /** Account the grant is for, needed only when every resource is `*`. @default the account of the resources */
  readonly account?: string;
}

/** Any grant. */
export type AccessGrant = ReadOnlyGrant | AppClientGrant | AdminGrant | CustomGrant;

/** The presets by name. */
export const PRESETS = ['read-only', 'app-client', 'admin'] as const;

/** One of {@link PRESETS}. */
export type PresetName = (typeof PRESETS)[number];

/** True for preset grants, false for custom statements. */
export function isPreset(grant: AccessGrant): grant is ReadOnlyGrant | AppClientGrant | AdminGrant {
  return 'preset' in grant;
}

/** A resource: an ARN string or a typed reference. */
export type ResourceInput = string | ResourceRef;

/** A project, by its application ARN. */
export interface ProjectRef {
  /** Selects this kind of reference. */
  readonly type: 'app';
  /** The application (project) ARN. */
  readonly applicationArn: string;
}

/** A campaign, journey or segment of a project. */
export interface ProjectChildRef {
  /** Selects this kind of reference. */
  readonly type: 'campaign' | 'journey' | 'segment';
  /** The application (project) ARN it belongs to. */
  readonly applicationArn: string;
  /** Its ID, or `*` for all of them. */
  readonly id: string;
}

/** Where an account-level resource lives. */
interface AccountScoped {
  /** 12-digit account ID. */
  readonly account: string;
  /** Region, or `*`. */
  readonly region: string;
  /** ARN partition. @default the region's partition, else "aws" */
  readonly partition?: string;
}

/** A message template. */
export interface TemplateRef extends AccountScoped {
  /** Selects this kind of reference. */
  readonly type: 'template';
  /** Template name, or a wildcard. */
  readonly name: string;
  /** Channel type, or `*`. */
  readonly templateType: TemplateType | '*';
}

/** A recommender model, a phone number or a pool, by ID. */
export interface IdRef extends AccountScoped {
  /** Selects this kind of reference. */
  readonly type: 'recommender' | 'phone-number' | 'pool';
  /** Its ID, or a wildcard. */
  readonly id: string;
}

/** A configuration set or an opt-out list, by name. */
export interface NamedRef extends AccountScoped {
  /** Selects this kind of reference. */
  readonly type: 'configuration-set' | 'opt-out-list';
  /** Its name, or a wildcard. */
  readonly name: string;
}

/** A sender ID registered for one country. */
export interface SenderIdRef extends AccountScoped {
  /** Selects this kind of reference. */
  readonly type: 'sender-id';
  /** The sender ID, or a wildcard. */
  readonly id: string;
  /** ISO 3166-1 alpha-2 country code, or `*`. */
  readonly country: string;
}

/** A typed reference to a Pinpoint or SMS and voice resource. */
export type ResourceRef = ProjectRef | ProjectChildRef | TemplateRef | IdRef | NamedRef | SenderIdRef;

/** Every `type` a reference may have. */
export const RESOURCE_REF_TYPES = [
  'app',
  'campaign',
  'journey',
  'segment',
  'template',
  'recommender',
  'configuration-set',
  'opt-out-list',
  'phone-number',
  'pool',
  'sender-id',
] as const satisfies readonly ResourceRef['type'][];
