/**
 * AWS partitions and the region names that belong to each. The partition of an
 * application ARN decides the partition of every ARN pinpoint-iam emits, so a
 * region that does not fit its partition is a configuration error.
 */

/** One AWS partition: its ARN name and a pattern for its region names. */
export interface Partition {
  /** The partition segment of an ARN, for example `aws-cn`. */
  readonly name: string;
  /** Matches the region names of this partition. */
  readonly regions: RegExp;
  /** A sample region, used in error messages. */
  readonly exampleRegion: string;
}

/** The partitions pinpoint-iam knows, most specific region pattern first. */
export const PARTITIONS: readonly Partition[] = [
  { name: 'aws-us-gov', regions: /^us-gov-(east|west)-\d$/, exampleRegion: 'us-gov-west-1' },
  { name: 'aws-iso', regions: /^us-iso-(east|west)-\d$/, exampleRegion: 'us-iso-east-1' },
  { name: 'aws-iso-b', regions: /^us-isob-(east|west)-\d$/, exampleRegion: 'us-isob-east-1' },
  { name: 'aws-iso-e', regions: /^eu-isoe-[a-z]+-\d$/, exampleRegion: 'eu-isoe-west-1' },
  { name: 'aws-iso-f', regions: /^us-isof-[a-z]+-\d$/, exampleRegion: 'us-isof-south-1' },
  { name: 'aws-eusc', regions: /^eusc-[a-z]{2}-[a-z]+-\d$/, exampleRegion: 'eusc-de-east-1' },
  { name: 'aws-cn', regions: /^cn-(north|northwest)-\d$/, exampleRegion: 'cn-north-1' },
  {
    name: 'aws',
    regions: /^(us|eu|ap|ca|sa|me|af|il|mx)-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d$/,
    exampleRegion: 'us-east-1',
  },
];

/** Returns the partition with this ARN name, if pinpoint-iam knows it. */
export function findPartition(name: string): Partition | undefined {
  return PARTITIONS.find((p) => p.name === name);
}

/** Returns the partition a region name belongs to, if any. */
export function partitionOfRegion(region: string): Partition | undefined {
  return PARTITIONS.find((p) => p.regions.test(region));
}
