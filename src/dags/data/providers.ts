/**
 * Names provider packages removed, keyed by the first provider version without them: the data
 * DAG101 reads to tell whether an import from `airflow.providers.*` fails with the provider versions
 * the image has (config `dags.provider-versions`, a requirements/constraints file, or the defaults in
 * src/core/versions.ts).
 *
 * How the table was built (2026-12): for each provider, the wheels on both sides of every major
 * version boundary users of Airflow 2 and 3 meet (postgres 4→5→6→7, mysql 4→5→6, http 3→4→5→6,
 * sqlite 3→4, common-sql 1→2, standard 0→1, amazon 3→…→9, google 6→…→12, cncf-kubernetes 3→…→10,
 * microsoft-azure 4→…→15) were downloaded from PyPI and the public classes of their operators,
 * sensors, hooks and transfers modules compared (a module, or a class, present in the last release
 * before the major and absent from the major). Providers remove names only in major releases, so
 * `removedIn` is that x.0.0. Every entry was then checked to be absent from the default version too
 * (no name came back, checked on the wheels' module-level names, re-exports and __getattr__ shims
 * included). Replacements were checked to exist in the newest wheel. The postgres, cncf-kubernetes and
 * microsoft-azure entries (23) were each written into a one-DAG file and loaded with the real DagBag of
 * Airflow 3.1.8 and 3.3.2 (providers postgres 7.1.1, cncf-kubernetes 10.25.0, microsoft-azure 15.2.1):
 * all 23 are import errors (18 ModuleNotFoundError, 5 ImportError), and every replacement imports there.
 */

export interface ProviderRemoval {
  /** Fully-qualified name, or a module when matchPrefix (every name below it). */
  path: string;
  matchPrefix?: boolean;
  /** The pip package, e.g. 'apache-airflow-providers-postgres'. */
  provider: string;
  /** The first provider version that no longer has the name. */
  removedIn: string;
  /** A fully-qualified name or module to use instead. */
  replacement?: string;
  note?: string;
}

export const PROVIDER_REMOVALS: ProviderRemoval[] = [
  { path: 'airflow.providers.amazon.aws.hooks.athena.AWSAthenaHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.athena.AthenaHook' },
  { path: 'airflow.providers.amazon.aws.hooks.aws_dynamodb', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.dynamodb.DynamoDBHook' },
  { path: 'airflow.providers.amazon.aws.hooks.base_aws.AwsBaseAsyncHook', provider: 'apache-airflow-providers-amazon', removedIn: '9.0.0' },
  { path: 'airflow.providers.amazon.aws.hooks.base_aws.BaseAsyncSessionFactory', provider: 'apache-airflow-providers-amazon', removedIn: '9.0.0' },
  { path: 'airflow.providers.amazon.aws.hooks.batch_client.AwsBatchClientHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.batch_client.BatchClientHook' },
  { path: 'airflow.providers.amazon.aws.hooks.batch_client.AwsBatchProtocol', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0' },
  { path: 'airflow.providers.amazon.aws.hooks.batch_waiters.AwsBatchWaitersHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.batch_waiters.BatchWaitersHook' },
  { path: 'airflow.providers.amazon.aws.hooks.cloud_formation.AWSCloudFormationHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.cloud_formation.CloudFormationHook' },
  { path: 'airflow.providers.amazon.aws.hooks.datasync.AWSDataSyncHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.datasync.DataSyncHook' },
  { path: 'airflow.providers.amazon.aws.hooks.dynamodb.AwsDynamoDBHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.dynamodb.DynamoDBHook' },
  { path: 'airflow.providers.amazon.aws.hooks.eks.EKSHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.eks.EksHook' },
  { path: 'airflow.providers.amazon.aws.hooks.emr_containers', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.emr.EmrContainerHook' },
  { path: 'airflow.providers.amazon.aws.hooks.glue.AwsGlueJobHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.glue.GlueJobHook' },
  { path: 'airflow.providers.amazon.aws.hooks.glue_catalog.AwsGlueCatalogHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.glue_catalog.GlueCatalogHook' },
  { path: 'airflow.providers.amazon.aws.hooks.glue_crawler.AwsGlueCrawlerHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.glue_crawler.GlueCrawlerHook' },
  { path: 'airflow.providers.amazon.aws.hooks.kinesis.AwsFirehoseHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.kinesis.FirehoseHook' },
  { path: 'airflow.providers.amazon.aws.hooks.lambda_function.AwsLambdaHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.lambda_function.LambdaHook' },
  { path: 'airflow.providers.amazon.aws.hooks.redshift', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.redshift_cluster.RedshiftHook', note: 'Split into hooks.redshift_cluster (RedshiftHook) and hooks.redshift_sql (RedshiftSQLHook).' },
  { path: 'airflow.providers.amazon.aws.hooks.redshift_cluster.RedshiftAsyncHook', provider: 'apache-airflow-providers-amazon', removedIn: '9.0.0' },
  { path: 'airflow.providers.amazon.aws.hooks.ses.SESHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.ses.SesHook' },
  { path: 'airflow.providers.amazon.aws.hooks.sns.AwsSnsHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.sns.SnsHook' },
  { path: 'airflow.providers.amazon.aws.hooks.sqs.SQSHook', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.hooks.sqs.SqsHook' },
  { path: 'airflow.providers.amazon.aws.operators.athena.AWSAthenaOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.athena.AthenaOperator' },
  { path: 'airflow.providers.amazon.aws.operators.aws_lambda', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0', replacement: 'airflow.providers.amazon.aws.operators.lambda_function.LambdaInvokeFunctionOperator' },
  { path: 'airflow.providers.amazon.aws.operators.aws_lambda.AwsLambdaInvokeFunctionOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.lambda_function.LambdaInvokeFunctionOperator' },
  { path: 'airflow.providers.amazon.aws.operators.batch.AwsBatchOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.batch.BatchOperator' },
  { path: 'airflow.providers.amazon.aws.operators.datasync.AWSDataSyncOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.datasync.DataSyncOperator' },
  { path: 'airflow.providers.amazon.aws.operators.dms_create_task', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.dms' },
  { path: 'airflow.providers.amazon.aws.operators.dms_delete_task', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.dms' },
  { path: 'airflow.providers.amazon.aws.operators.dms_describe_tasks', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.dms' },
  { path: 'airflow.providers.amazon.aws.operators.dms_start_task', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.dms' },
  { path: 'airflow.providers.amazon.aws.operators.dms_stop_task', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.dms' },
  { path: 'airflow.providers.amazon.aws.operators.ec2_start_instance', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.ec2' },
  { path: 'airflow.providers.amazon.aws.operators.ec2_stop_instance', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.ec2' },
  { path: 'airflow.providers.amazon.aws.operators.ecs.ECSOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.ecs.EcsRunTaskOperator' },
  { path: 'airflow.providers.amazon.aws.operators.ecs.ECSProtocol', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0' },
  { path: 'airflow.providers.amazon.aws.operators.ecs.ECSTaskLogFetcher', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0' },
  { path: 'airflow.providers.amazon.aws.operators.ecs.EcsOperator', provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0', replacement: 'airflow.providers.amazon.aws.operators.ecs.EcsRunTaskOperator' },
  { path: 'airflow.providers.amazon.aws.operators.ecs.EcsProtocol', provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0' },
  { path: 'airflow.providers.amazon.aws.operators.ecs.EcsTaskLogFetcher', provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0' },
  { path: 'airflow.providers.amazon.aws.operators.eks.EKSCreateClusterOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksCreateClusterOperator' },
  { path: 'airflow.providers.amazon.aws.operators.eks.EKSCreateFargateProfileOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksCreateFargateProfileOperator' },
  { path: 'airflow.providers.amazon.aws.operators.eks.EKSCreateNodegroupOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksCreateNodegroupOperator' },
  { path: 'airflow.providers.amazon.aws.operators.eks.EKSDeleteClusterOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksDeleteClusterOperator' },
  { path: 'airflow.providers.amazon.aws.operators.eks.EKSDeleteFargateProfileOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksDeleteFargateProfileOperator' },
  { path: 'airflow.providers.amazon.aws.operators.eks.EKSDeleteNodegroupOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksDeleteNodegroupOperator' },
  { path: 'airflow.providers.amazon.aws.operators.eks.EKSPodOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.eks.EksPodOperator' },
  { path: 'airflow.providers.amazon.aws.operators.emr_add_steps', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.emr' },
  { path: 'airflow.providers.amazon.aws.operators.emr_containers', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.emr.EmrContainerOperator' },
  { path: 'airflow.providers.amazon.aws.operators.emr_create_job_flow', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.emr' },
  { path: 'airflow.providers.amazon.aws.operators.emr_modify_cluster', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.emr' },
  { path: 'airflow.providers.amazon.aws.operators.emr_terminate_job_flow', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.emr' },
  { path: 'airflow.providers.amazon.aws.operators.glue.AwsGlueJobOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.glue.GlueJobOperator' },
  { path: 'airflow.providers.amazon.aws.operators.glue_crawler.AwsGlueCrawlerOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.glue_crawler.GlueCrawlerOperator' },
  { path: 'airflow.providers.amazon.aws.operators.lambda_function.AwsLambdaInvokeFunctionOperator', provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0', replacement: 'airflow.providers.amazon.aws.operators.lambda_function.LambdaInvokeFunctionOperator' },
  { path: 'airflow.providers.amazon.aws.operators.redshift', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.redshift_cluster', note: 'Split into operators.redshift_cluster and operators.redshift_sql.' },
  { path: 'airflow.providers.amazon.aws.operators.redshift_sql', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '8.0.0', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', note: 'Use SQLExecuteQueryOperator(conn_id=…) from apache-airflow-providers-common-sql.' },
  { path: 'airflow.providers.amazon.aws.operators.s3_bucket', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
  { path: 'airflow.providers.amazon.aws.operators.s3_bucket_tagging', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
  { path: 'airflow.providers.amazon.aws.operators.s3_copy_object', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
  { path: 'airflow.providers.amazon.aws.operators.s3_delete_objects', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
  { path: 'airflow.providers.amazon.aws.operators.s3_file_transform', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
  { path: 'airflow.providers.amazon.aws.operators.s3_list', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
  { path: 'airflow.providers.amazon.aws.operators.s3_list_prefixes', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.s3' },
  { path: 'airflow.providers.amazon.aws.operators.sagemaker_base', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
  { path: 'airflow.providers.amazon.aws.operators.sagemaker_endpoint', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
  { path: 'airflow.providers.amazon.aws.operators.sagemaker_endpoint_config', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
  { path: 'airflow.providers.amazon.aws.operators.sagemaker_model', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
  { path: 'airflow.providers.amazon.aws.operators.sagemaker_processing', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
  { path: 'airflow.providers.amazon.aws.operators.sagemaker_training', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
  { path: 'airflow.providers.amazon.aws.operators.sagemaker_transform', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
  { path: 'airflow.providers.amazon.aws.operators.sagemaker_tuning', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sagemaker' },
  { path: 'airflow.providers.amazon.aws.operators.sqs.SQSPublishOperator', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.sqs.SqsPublishOperator' },
  { path: 'airflow.providers.amazon.aws.operators.step_function_get_execution_output', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.step_function' },
  { path: 'airflow.providers.amazon.aws.operators.step_function_start_execution', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.operators.step_function' },
  { path: 'airflow.providers.amazon.aws.sensors.dms_task', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.dms' },
  { path: 'airflow.providers.amazon.aws.sensors.ec2_instance_state', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.ec2' },
  { path: 'airflow.providers.amazon.aws.sensors.eks.EKSClusterStateSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.eks.EksClusterStateSensor' },
  { path: 'airflow.providers.amazon.aws.sensors.eks.EKSFargateProfileStateSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.eks.EksFargateProfileStateSensor' },
  { path: 'airflow.providers.amazon.aws.sensors.eks.EKSNodegroupStateSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.eks.EksNodegroupStateSensor' },
  { path: 'airflow.providers.amazon.aws.sensors.emr_base', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.emr' },
  { path: 'airflow.providers.amazon.aws.sensors.emr_containers', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.emr.EmrContainerSensor' },
  { path: 'airflow.providers.amazon.aws.sensors.emr_job_flow', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.emr' },
  { path: 'airflow.providers.amazon.aws.sensors.emr_step', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.emr' },
  { path: 'airflow.providers.amazon.aws.sensors.glue.AwsGlueJobSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.glue.GlueJobSensor' },
  { path: 'airflow.providers.amazon.aws.sensors.glue_catalog_partition.AwsGlueCatalogPartitionSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.glue_catalog_partition.GlueCatalogPartitionSensor' },
  { path: 'airflow.providers.amazon.aws.sensors.glue_crawler.AwsGlueCrawlerSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.glue_crawler.GlueCrawlerSensor' },
  { path: 'airflow.providers.amazon.aws.sensors.redshift', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.redshift_cluster.RedshiftClusterSensor' },
  { path: 'airflow.providers.amazon.aws.sensors.s3.S3KeySizeSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.s3.S3KeySensor', note: 'Pass the size test as check_fn=.' },
  { path: 'airflow.providers.amazon.aws.sensors.s3.S3PrefixSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.s3.S3KeySensor' },
  { path: 'airflow.providers.amazon.aws.sensors.s3_key', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.s3' },
  { path: 'airflow.providers.amazon.aws.sensors.s3_keys_unchanged', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.s3' },
  { path: 'airflow.providers.amazon.aws.sensors.s3_prefix', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.s3' },
  { path: 'airflow.providers.amazon.aws.sensors.sagemaker_base', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sagemaker' },
  { path: 'airflow.providers.amazon.aws.sensors.sagemaker_endpoint', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sagemaker' },
  { path: 'airflow.providers.amazon.aws.sensors.sagemaker_training', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sagemaker' },
  { path: 'airflow.providers.amazon.aws.sensors.sagemaker_transform', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sagemaker' },
  { path: 'airflow.providers.amazon.aws.sensors.sagemaker_tuning', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sagemaker' },
  { path: 'airflow.providers.amazon.aws.sensors.sqs.SQSSensor', provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.sqs.SqsSensor' },
  { path: 'airflow.providers.amazon.aws.sensors.step_function_execution', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.sensors.step_function' },
  { path: 'airflow.providers.amazon.aws.transfers.mysql_to_s3', matchPrefix: true, provider: 'apache-airflow-providers-amazon', removedIn: '5.0.0', replacement: 'airflow.providers.amazon.aws.transfers.sql_to_s3.SqlToS3Operator' },
  { path: 'airflow.providers.cncf.kubernetes.operators.kubernetes_pod', matchPrefix: true, provider: 'apache-airflow-providers-cncf-kubernetes', removedIn: '10.0.0', replacement: 'airflow.providers.cncf.kubernetes.operators.pod.KubernetesPodOperator' },
  { path: 'airflow.providers.google.cloud.hooks.datapipeline', matchPrefix: true, provider: 'apache-airflow-providers-google', removedIn: '12.0.0', replacement: 'airflow.providers.google.cloud.hooks.dataflow.DataflowHook' },
  { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.AsyncGKEHook', provider: 'apache-airflow-providers-google', removedIn: '9.0.0' },
  { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.GKECustomResourceHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
  { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.GKEDeploymentHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
  { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.GKEJobHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
  { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.GKEPodAsyncHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
  { path: 'airflow.providers.google.cloud.hooks.kubernetes_engine.GKEPodHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
  { path: 'airflow.providers.google.cloud.hooks.secret_manager.SecretsManagerHook', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.hooks.secret_manager.GoogleCloudSecretManagerHook' },
  { path: 'airflow.providers.google.cloud.operators.bigquery.BigQueryConsoleIndexableLink', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
  { path: 'airflow.providers.google.cloud.operators.bigquery.BigQueryConsoleLink', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
  { path: 'airflow.providers.google.cloud.operators.bigquery.BigQueryExecuteQueryOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.bigquery.BigQueryInsertJobOperator' },
  { path: 'airflow.providers.google.cloud.operators.bigquery.BigQueryPatchDatasetOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.bigquery.BigQueryUpdateDatasetOperator' },
  { path: 'airflow.providers.google.cloud.operators.dataflow.DataflowCreateJavaJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.apache.beam.operators.beam.BeamRunJavaPipelineOperator', note: 'Moved to apache-airflow-providers-apache-beam.' },
  { path: 'airflow.providers.google.cloud.operators.dataflow.DataflowCreatePythonJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.apache.beam.operators.beam.BeamRunPythonPipelineOperator', note: 'Moved to apache-airflow-providers-apache-beam.' },
  { path: 'airflow.providers.google.cloud.operators.datapipeline', matchPrefix: true, provider: 'apache-airflow-providers-google', removedIn: '12.0.0', replacement: 'airflow.providers.google.cloud.operators.dataflow', note: 'Use DataflowCreatePipelineOperator / DataflowRunPipelineOperator.' },
  { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitHadoopJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
  { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitHiveJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
  { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitPigJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
  { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitPySparkJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
  { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitSparkJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
  { path: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitSparkSqlJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.operators.dataproc.DataprocSubmitJobOperator' },
  { path: 'airflow.providers.google.cloud.operators.vertex_ai.auto_ml.CreateAutoMLTextTrainingJobOperator', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
  { path: 'airflow.providers.google.cloud.sensors.bigquery.BigQueryTableExistenceAsyncSensor', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.sensors.bigquery.BigQueryTableExistenceSensor', note: 'Pass deferrable=True.' },
  { path: 'airflow.providers.google.cloud.sensors.bigquery.BigQueryTableExistencePartitionAsyncSensor', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.sensors.bigquery.BigQueryTablePartitionExistenceSensor', note: 'Pass deferrable=True.' },
  { path: 'airflow.providers.google.cloud.sensors.cloud_composer.CloudComposerEnvironmentSensor', provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
  { path: 'airflow.providers.google.cloud.sensors.gcs.GCSObjectExistenceAsyncSensor', provider: 'apache-airflow-providers-google', removedIn: '11.0.0', replacement: 'airflow.providers.google.cloud.sensors.gcs.GCSObjectExistenceSensor', note: 'Pass deferrable=True.' },
  { path: 'airflow.providers.google.cloud.sensors.gcs.GCSObjectsWtihPrefixExistenceSensor', provider: 'apache-airflow-providers-google', removedIn: '7.0.0', replacement: 'airflow.providers.google.cloud.sensors.gcs.GCSObjectsWithPrefixExistenceSensor' },
  { path: 'airflow.providers.google.marketing_platform.hooks.analytics', matchPrefix: true, provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
  { path: 'airflow.providers.google.marketing_platform.operators.analytics', matchPrefix: true, provider: 'apache-airflow-providers-google', removedIn: '11.0.0' },
  { path: 'airflow.providers.google.marketing_platform.operators.display_video.GoogleDisplayVideo360CreateReportOperator', provider: 'apache-airflow-providers-google', removedIn: '10.0.0' },
  { path: 'airflow.providers.google.marketing_platform.operators.display_video.GoogleDisplayVideo360DownloadReportOperator', provider: 'apache-airflow-providers-google', removedIn: '10.0.0' },
  { path: 'airflow.providers.google.marketing_platform.operators.display_video.GoogleDisplayVideo360RunReportOperator', provider: 'apache-airflow-providers-google', removedIn: '10.0.0' },
  { path: 'airflow.providers.google.marketing_platform.sensors.display_video.GoogleDisplayVideo360ReportSensor', provider: 'apache-airflow-providers-google', removedIn: '10.0.0' },
  { path: 'airflow.providers.http.operators.http.SimpleHttpOperator', provider: 'apache-airflow-providers-http', removedIn: '5.0.0', replacement: 'airflow.providers.http.operators.http.HttpOperator' },
  { path: 'airflow.providers.microsoft.azure.hooks.asb.MessageCallback', provider: 'apache-airflow-providers-microsoft-azure', removedIn: '11.0.0' },
  { path: 'airflow.providers.microsoft.azure.hooks.azure_batch', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.batch' },
  { path: 'airflow.providers.microsoft.azure.hooks.azure_container_instance', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.container_instance' },
  { path: 'airflow.providers.microsoft.azure.hooks.azure_container_registry', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.container_registry' },
  { path: 'airflow.providers.microsoft.azure.hooks.azure_container_volume', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.container_volume' },
  { path: 'airflow.providers.microsoft.azure.hooks.azure_cosmos', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.cosmos' },
  { path: 'airflow.providers.microsoft.azure.hooks.azure_data_factory', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.data_factory' },
  { path: 'airflow.providers.microsoft.azure.hooks.azure_data_lake', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.data_lake' },
  { path: 'airflow.providers.microsoft.azure.hooks.azure_fileshare', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.hooks.fileshare' },
  { path: 'airflow.providers.microsoft.azure.hooks.data_factory.PipelineRunInfo', provider: 'apache-airflow-providers-microsoft-azure', removedIn: '8.0.0' },
  { path: 'airflow.providers.microsoft.azure.operators.adls_delete', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.operators.adls.ADLSDeleteOperator' },
  { path: 'airflow.providers.microsoft.azure.operators.adls_list', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.operators.adls.ADLSListOperator' },
  { path: 'airflow.providers.microsoft.azure.operators.azure_batch', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.operators.batch' },
  { path: 'airflow.providers.microsoft.azure.operators.azure_container_instances', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.operators.container_instances' },
  { path: 'airflow.providers.microsoft.azure.operators.azure_cosmos', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.operators.cosmos' },
  { path: 'airflow.providers.microsoft.azure.sensors.azure_cosmos', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.sensors.cosmos' },
  { path: 'airflow.providers.microsoft.azure.sensors.data_factory.AzureDataFactoryPipelineRunStatusAsyncSensor', provider: 'apache-airflow-providers-microsoft-azure', removedIn: '7.0.0' },
  { path: 'airflow.providers.microsoft.azure.sensors.wasb.WasbBlobAsyncSensor', provider: 'apache-airflow-providers-microsoft-azure', removedIn: '12.0.0' },
  { path: 'airflow.providers.microsoft.azure.transfers.azure_blob_to_gcs', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '12.0.0', replacement: 'airflow.providers.google.cloud.transfers.azure_blob_to_gcs.AzureBlobStorageToGCSOperator', note: 'Moved to apache-airflow-providers-google.' },
  { path: 'airflow.providers.microsoft.azure.transfers.file_to_wasb', matchPrefix: true, provider: 'apache-airflow-providers-microsoft-azure', removedIn: '5.0.0', replacement: 'airflow.providers.microsoft.azure.transfers.local_to_wasb.LocalFilesystemToWasbOperator' },
  { path: 'airflow.providers.microsoft.azure.transfers.local_to_adls.LocalToAzureDataLakeStorageOperator', provider: 'apache-airflow-providers-microsoft-azure', removedIn: '7.0.0', replacement: 'airflow.providers.microsoft.azure.transfers.local_to_adls.LocalFilesystemToADLSOperator' },
  { path: 'airflow.providers.mysql.operators', matchPrefix: true, provider: 'apache-airflow-providers-mysql', removedIn: '6.0.0', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', note: 'The mysql provider dropped its operators in 6.0.0; use SQLExecuteQueryOperator(conn_id=…) from apache-airflow-providers-common-sql (mysql_conn_id becomes conn_id).' },
  { path: 'airflow.providers.postgres.operators', matchPrefix: true, provider: 'apache-airflow-providers-postgres', removedIn: '6.0.0', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', note: 'The postgres provider dropped its operators in 6.0.0; use SQLExecuteQueryOperator(conn_id=…) from apache-airflow-providers-common-sql (postgres_conn_id becomes conn_id).' },
  { path: 'airflow.providers.sqlite.operators', matchPrefix: true, provider: 'apache-airflow-providers-sqlite', removedIn: '4.0.0', replacement: 'airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator', note: 'The sqlite provider dropped its operators in 4.0.0; use SQLExecuteQueryOperator(conn_id=…) from apache-airflow-providers-common-sql (sqlite_conn_id becomes conn_id).' },
];

const EXACT = new Map(PROVIDER_REMOVALS.map((r) => [r.path, r]));
const BY_PREFIX = new Map(PROVIDER_REMOVALS.filter((r) => r.matchPrefix).map((r) => [r.path, r]));

/** The most specific removal for a fully-qualified name (exact, else the longest module prefix). */
export function findProviderRemoval(qualifiedName: string): ProviderRemoval | undefined {
  if (!qualifiedName.startsWith('airflow.providers.')) return undefined;
  const exact = EXACT.get(qualifiedName);
  if (exact) return exact;
  for (let end = qualifiedName.lastIndexOf('.'); end > 0; end = qualifiedName.lastIndexOf('.', end - 1)) {
    const removal = BY_PREFIX.get(qualifiedName.slice(0, end));
    if (removal) return removal;
  }
  return undefined;
}

/** Numeric comparison of dotted versions ('10.0.0' > '9.4.1'); a non-numeric tail (rc1) counts as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
