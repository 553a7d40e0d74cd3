import { jobEntry, scheduledJobs, streamConsumers } from "@fsm/functions/jobs/index";
import { Duration } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { EventSourceMapping, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Cron, type CronProps, type Function, type StackContext, type Stack, use } from "sst/constructs";
import { functionEnvironment, marketFunction } from "../functions";
import { suppressNag } from "../nag";
import { streamReadStatements, tableStatements } from "../permissions";
import { pascal } from "../route-plan";
import { statefulRemovalPolicy } from "../stage";
import { Storage } from "./Storage";

type JobName = Parameters<typeof jobEntry>[0];

/** `releaseExpiredHolds` -> `release-expired-holds`, the module name `jobEntry` takes. */
export const jobModule = (key: string) => key.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`) as JobName;

/**
 * Every stream consumer and scheduled job of `functions/src/jobs/index.ts` is deployed; these records
 * are keyed by that module's exports, so adding a job without deciding how it runs fails to compile.
 */
export const consumerSettings: Record<keyof typeof streamConsumers, { description: string }> = {
  rematch: { description: "Stream: re-match open orders when stock becomes sellable; take emptied batches out of the catalog" },
  projectStats: { description: "Stream: project table changes into the ministry's daily figures" },
};

/** Holds expire after `HOLD_TTL_SECONDS` (30 min); the sweeper returns their stock within five more. */
export const scheduleSettings: Record<keyof typeof scheduledJobs, { schedule: NonNullable<CronProps["schedule"]>; description: string }> = {
  releaseExpiredHolds: { schedule: "rate(5 minutes)", description: "Cron: release holds whose expiry has passed" },
};

const lambdaMetric = (functionName: string, metricName: string, statistic: string) =>
  new Metric({ namespace: "AWS/Lambda", metricName, dimensionsMap: { FunctionName: functionName }, statistic, period: Duration.minutes(5) });

const alarm = (stack: Stack, id: string, description: string, metric: Metric, threshold: number, evaluationPeriods = 1) =>
  new Alarm(stack, id, {
    alarmDescription: description,
    metric,
    threshold,
    evaluationPeriods,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });

/**
 * Background work. Each stream consumer reads the table's stream with bisect-on-error and partial
 * batch responses; records that still fail land in the consumer's dead-letter queue. Scheduled jobs
 * run from SST `Cron`s. Alarms watch errors, stream lag and dead letters.
 */
export function Jobs({ stack, app }: StackContext) {
  const { table } = use(Storage);
  const tableArns = { tableArn: table.tableArn };
  const environment = functionEnvironment({ stage: app.stage, tableName: table.tableName });
  const consumers: Record<string, Function> = {};
  const deadLetterQueues: Record<string, Queue> = {};

  for (const name of Object.keys(streamConsumers) as (keyof typeof streamConsumers)[]) {
    const id = pascal(name);
    const fn = marketFunction(stack, `${id}Function`, {
      handler: jobEntry(jobModule(name)),
      description: consumerSettings[name].description,
      environment,
      timeout: 60,
      statements: [...tableStatements("write", tableArns), ...streamReadStatements(tableArns)],
      nag: [
        {
          id: "AwsSolutions-IAM5",
          reason:
            "Reading the table's stream: AWS's documented Lambda stream policy scopes to <table>/stream/*, since the stream label changes whenever the stream is re-enabled.",
          appliesTo: [{ regex: "/^Resource::.*\\/stream\\/\\*$/g" }],
        },
      ],
    });

    const deadLetters = new Queue(stack, `${id}DeadLetters`, {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      removalPolicy: statefulRemovalPolicy(app.stage),
    });
    suppressNag(deadLetters, [
      {
        id: "AwsSolutions-SQS3",
        reason: `This queue is the dead-letter destination of the ${name} stream consumer; a dead-letter queue for it would only move the same records again.`,
      },
    ]);

    const mapping = new EventSourceMapping(stack, `${id}OnTableStream`, {
      target: fn,
      eventSourceArn: table.cdk.table.tableStreamArn!,
      startingPosition: StartingPosition.LATEST,
      batchSize: 25,
      maxBatchingWindow: Duration.seconds(1),
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      retryAttempts: 5,
      maxRecordAge: Duration.hours(6),
      onFailure: new SqsDlq(deadLetters),
    });
    // Lambda checks the stream permissions when the mapping is created: create it after the role policy.
    mapping.node.addDependency(fn);

    alarm(stack, `${id}Errors`, `The ${name} stream consumer failed (it bisects and retries).`, lambdaMetric(fn.functionName, "Errors", "Sum"), 1);
    alarm(stack, `${id}IteratorAge`, `The ${name} stream consumer is more than 5 minutes behind the table.`, lambdaMetric(fn.functionName, "IteratorAge", "Maximum"), 5 * 60 * 1000, 3);
    alarm(
      stack,
      `${id}DeadLettered`,
      `Stream records for ${name} gave up after retries and are parked in its dead-letter queue.`,
      deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: "Maximum" }),
      1,
    );
    consumers[name] = fn;
    deadLetterQueues[name] = deadLetters;
  }

  const scheduled: Record<string, Function> = {};
  for (const name of Object.keys(scheduledJobs) as (keyof typeof scheduledJobs)[]) {
    const id = pascal(name);
    const fn = marketFunction(stack, `${id}Function`, {
      handler: jobEntry(jobModule(name)),
      description: scheduleSettings[name].description,
      environment,
      timeout: 60,
      statements: tableStatements("write", tableArns),
    });
    new Cron(stack, id, { schedule: scheduleSettings[name].schedule, job: fn });
    alarm(stack, `${id}Errors`, `The ${name} job failed.`, lambdaMetric(fn.functionName, "Errors", "Sum"), 1);
    scheduled[name] = fn;
  }

  stack.addOutputs(
    Object.fromEntries(Object.entries(deadLetterQueues).map(([name, queue]) => [`${pascal(name)}DeadLetterQueueUrl`, queue.queueUrl])),
  );
  return { consumers, scheduled, deadLetterQueues };
}
