import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";

/**
 * The single table's shape. infra/ declares the same table for AWS (a test keeps the two in
 * step); `ensureTable` creates it locally and in tests.
 */
export const TABLE_SCHEMA = {
  partitionKey: "pk",
  sortKey: "sk",
  index: { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
  ttlAttribute: "expiresAt",
} as const;

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "";
}

/** Creates the table (pay per request, with its index and TTL) unless it exists. */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<"created" | "exists"> {
  try {
    const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const hasIndex = described.Table?.GlobalSecondaryIndexes?.some((i) => i.IndexName === TABLE_SCHEMA.index.name);
    if (!hasIndex) throw new Error(`table ${tableName} exists but lacks the ${TABLE_SCHEMA.index.name} index`);
    return "exists";
  } catch (error) {
    if (errorName(error) !== "ResourceNotFoundException") throw error;
  }
  const { partitionKey, sortKey, index } = TABLE_SCHEMA;
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [partitionKey, sortKey, index.partitionKey, index.sortKey].map((name) => ({
          AttributeName: name,
          AttributeType: "S",
        })),
        KeySchema: [
          { AttributeName: partitionKey, KeyType: "HASH" },
          { AttributeName: sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: index.name,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: "HASH" },
              { AttributeName: index.sortKey, KeyType: "RANGE" },
            ],
            Projection: { ProjectionType: "ALL" },
          },
        ],
      }),
    );
  } catch (error) {
    // Another process created it between our describe and create: fine.
    if (errorName(error) !== "ResourceInUseException") throw error;
  }
  // dynalite makes tables at once; DynamoDB (and LocalStack) take seconds: poll for up to a minute.
  for (let waited = 0, pause = 50; ; waited += pause, pause = Math.min(pause * 2, 1_000)) {
    const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (described.Table?.TableStatus === "ACTIVE") break;
    if (waited >= 60_000) throw new Error(`table ${tableName} is still ${described.Table?.TableStatus ?? "missing"} after a minute`);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  try {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE_SCHEMA.ttlAttribute, Enabled: true },
      }),
    );
  } catch (error) {
    // dynalite does not implement TTL; the attribute is still written, AWS honours it.
    if (errorName(error) !== "UnknownOperationException") throw error;
  }
  return "created";
}
