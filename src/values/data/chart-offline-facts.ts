/**
 * What validate-values needs from a chart when the chart itself cannot be downloaded (offline, no
 * cache): per chart version, its top-level keys and the defaults the
 * value rules read (hook switches, Secret names that decide which Secrets render as hooks, components
 * waiting for migrations, git-sync defaults). Facts taken from each chart's Chart.yaml and values.yaml
 * (key names and scalar defaults only); the chart's files are not shipped. The Airflow version each
 * chart deploys is in src/core/versions.ts, shared by every check.
 */
export interface ChartOfflineFacts {
  /** Every top-level key of the chart's values.yaml. */
  topLevelKeys: string[];
  /** The chart defaults the value rules read, nested as in values.yaml. */
  defaults: Record<string, unknown>;
}

export const CHART_OFFLINE_FACTS: Record<string, ChartOfflineFacts> = {
  '1.15.0': {
    topLevelKeys: ['_rpcServer', 'affinity', 'airflowConfigAnnotations', 'airflowHome', 'airflowLocalSettings', 'airflowPodAnnotations', 'airflowVersion', 'allowPodLaunching', 'cleanup', 'config', 'containerLifecycleHooks', 'createUserJob', 'dagProcessor', 'dags', 'data', 'defaultAirflowDigest', 'defaultAirflowRepository', 'defaultAirflowTag', 'elasticsearch', 'enableBuiltInSecretEnvVars', 'env', 'executor', 'extraConfigMaps', 'extraEnv', 'extraEnvFrom', 'extraSecrets', 'fernetKey', 'fernetKeySecretName', 'flower', 'fullnameOverride', 'gid', 'images', 'ingress', 'kerberos', 'labels', 'limits', 'logs', 'migrateDatabaseJob', 'multiNamespaceMode', 'nameOverride', 'networkPolicies', 'nodeSelector', 'pgbouncer', 'podTemplate', 'ports', 'postgresql', 'priorityClasses', 'quotas', 'rbac', 'redis', 'registry', 'revisionHistoryLimit', 'scheduler', 'schedulerName', 'secret', 'securityContext', 'securityContexts', 'statsd', 'tolerations', 'topologySpreadConstraints', 'triggerer', 'uid', 'useStandardNaming', 'volumeMounts', 'volumes', 'webserver', 'webserverSecretKey', 'webserverSecretKeySecretName', 'workers'],
    defaults: {
      airflowVersion: '2.9.3',
      defaultAirflowTag: '2.9.3',
      executor: 'CeleryExecutor',
      fernetKeySecretName: null,
      webserverSecretKeySecretName: null,
      data: {
        metadataSecretName: null,
        resultBackendSecretName: null,
        brokerUrlSecretName: null
      },
      migrateDatabaseJob: {
        enabled: true,
        useHelmHooks: true,
        applyCustomEnv: true
      },
      createUserJob: {
        useHelmHooks: true,
        applyCustomEnv: true
      },
      webserver: {
        enabled: true,
        defaultUser: {
          enabled: true,
          role: 'Admin',
          username: 'admin'
        },
        waitForMigrations: {
          enabled: true
        }
      },
      redis: {
        enabled: true,
        passwordSecretName: null
      },
      postgresql: {
        enabled: true
      },
      scheduler: {
        enabled: true,
        waitForMigrations: {
          enabled: true
        },
        replicas: 1
      },
      triggerer: {
        enabled: true,
        waitForMigrations: {
          enabled: true
        }
      },
      dagProcessor: {
        enabled: false,
        waitForMigrations: {
          enabled: true
        }
      },
      workers: {
        waitForMigrations: {
          enabled: true
        }
      },
      dags: {
        gitSync: {
          enabled: false,
          repo: 'https://github.com/apache/airflow.git',
          branch: 'v2-2-stable',
          rev: 'HEAD',
          subPath: 'tests/dags',
          period: '5s'
        }
      },
      extraSecrets: {},
      extraConfigMaps: {},
      env: []
    },
  },
  '1.18.0': {
    topLevelKeys: ['affinity', 'airflowConfigAnnotations', 'airflowHome', 'airflowLocalSettings', 'airflowPodAnnotations', 'airflowVersion', 'allowPodLaunching', 'apiSecretAnnotations', 'apiSecretKey', 'apiSecretKeySecretName', 'apiServer', 'cleanup', 'config', 'containerLifecycleHooks', 'createUserJob', 'dagProcessor', 'dags', 'data', 'defaultAirflowDigest', 'defaultAirflowRepository', 'defaultAirflowTag', 'elasticsearch', 'enableBuiltInSecretEnvVars', 'env', 'executor', 'extraConfigMaps', 'extraEnv', 'extraEnvFrom', 'extraSecrets', 'fernetKey', 'fernetKeySecretAnnotations', 'fernetKeySecretName', 'flower', 'fullnameOverride', 'gid', 'images', 'ingress', 'jwtSecret', 'jwtSecretAnnotations', 'jwtSecretName', 'kerberos', 'labels', 'limits', 'logs', 'migrateDatabaseJob', 'multiNamespaceMode', 'nameOverride', 'networkPolicies', 'nodeSelector', 'opensearch', 'pgbouncer', 'podTemplate', 'ports', 'postgresql', 'priorityClasses', 'quotas', 'rbac', 'redis', 'registry', 'revisionHistoryLimit', 'scheduler', 'schedulerName', 'secret', 'securityContext', 'securityContexts', 'statsd', 'tolerations', 'topologySpreadConstraints', 'triggerer', 'uid', 'useStandardNaming', 'volumeMounts', 'volumes', 'webserver', 'webserverSecretAnnotations', 'webserverSecretKey', 'webserverSecretKeySecretName', 'workers'],
    defaults: {
      airflowVersion: '3.0.2',
      defaultAirflowTag: '3.0.2',
      executor: 'CeleryExecutor',
      fernetKeySecretName: null,
      jwtSecretName: null,
      apiSecretKeySecretName: null,
      webserverSecretKeySecretName: null,
      data: {
        metadataSecretName: null,
        resultBackendSecretName: null,
        brokerUrlSecretName: null
      },
      migrateDatabaseJob: {
        enabled: true,
        useHelmHooks: true,
        applyCustomEnv: true
      },
      createUserJob: {
        useHelmHooks: true,
        applyCustomEnv: true
      },
      webserver: {
        enabled: true,
        defaultUser: {
          enabled: true,
          role: 'Admin',
          username: 'admin'
        },
        waitForMigrations: {
          enabled: true
        }
      },
      redis: {
        enabled: true,
        passwordSecretName: null
      },
      postgresql: {
        enabled: true
      },
      scheduler: {
        enabled: true,
        waitForMigrations: {
          enabled: true
        },
        replicas: 1
      },
      apiServer: {
        waitForMigrations: {
          enabled: true
        }
      },
      triggerer: {
        enabled: true,
        waitForMigrations: {
          enabled: true
        }
      },
      dagProcessor: {
        enabled: null,
        waitForMigrations: {
          enabled: true
        }
      },
      workers: {
        waitForMigrations: {
          enabled: true
        }
      },
      dags: {
        gitSync: {
          enabled: false,
          repo: 'https://github.com/apache/airflow.git',
          branch: 'v2-2-stable',
          rev: 'HEAD',
          subPath: 'tests/dags',
          period: '5s'
        }
      },
      extraSecrets: {},
      extraConfigMaps: {},
      env: []
    },
  },
  '1.19.0': {
    topLevelKeys: ['affinity', 'airflowConfigAnnotations', 'airflowHome', 'airflowLocalSettings', 'airflowPodAnnotations', 'airflowVersion', 'allowJobLaunching', 'allowPodLaunching', 'apiSecretAnnotations', 'apiSecretKey', 'apiSecretKeySecretName', 'apiServer', 'cleanup', 'config', 'containerLifecycleHooks', 'createUserJob', 'dagProcessor', 'dags', 'data', 'databaseCleanup', 'defaultAirflowDigest', 'defaultAirflowRepository', 'defaultAirflowTag', 'elasticsearch', 'enableBuiltInSecretEnvVars', 'env', 'executor', 'extraConfigMaps', 'extraEnv', 'extraEnvFrom', 'extraSecrets', 'fernetKey', 'fernetKeySecretAnnotations', 'fernetKeySecretName', 'flower', 'fullnameOverride', 'gid', 'imagePullSecrets', 'images', 'ingress', 'jwtSecret', 'jwtSecretAnnotations', 'jwtSecretName', 'kerberos', 'labels', 'limits', 'logs', 'migrateDatabaseJob', 'multiNamespaceMode', 'nameOverride', 'networkPolicies', 'nodeSelector', 'opensearch', 'pgbouncer', 'podTemplate', 'ports', 'postgresql', 'priorityClasses', 'quotas', 'rbac', 'redis', 'registry', 'revisionHistoryLimit', 'scheduler', 'schedulerName', 'secret', 'securityContext', 'securityContexts', 'statsd', 'tolerations', 'topologySpreadConstraints', 'triggerer', 'uid', 'useStandardNaming', 'volumeMounts', 'volumes', 'webserver', 'webserverSecretAnnotations', 'webserverSecretKey', 'webserverSecretKeySecretName', 'workers'],
    defaults: {
      airflowVersion: '3.1.7',
      defaultAirflowTag: '3.1.7',
      executor: 'CeleryExecutor',
      fernetKeySecretName: null,
      jwtSecretName: null,
      apiSecretKeySecretName: null,
      webserverSecretKeySecretName: null,
      data: {
        metadataSecretName: null,
        resultBackendSecretName: null,
        brokerUrlSecretName: null
      },
      migrateDatabaseJob: {
        enabled: true,
        useHelmHooks: true,
        applyCustomEnv: true
      },
      createUserJob: {
        enabled: true,
        useHelmHooks: true,
        applyCustomEnv: true
      },
      webserver: {
        enabled: true,
        waitForMigrations: {
          enabled: true
        }
      },
      redis: {
        enabled: true,
        passwordSecretName: null
      },
      postgresql: {
        enabled: true
      },
      scheduler: {
        enabled: true,
        waitForMigrations: {
          enabled: true
        },
        replicas: 1
      },
      apiServer: {
        enabled: true,
        waitForMigrations: {
          enabled: true
        }
      },
      triggerer: {
        enabled: true,
        waitForMigrations: {
          enabled: true
        }
      },
      dagProcessor: {
        enabled: null,
        waitForMigrations: {
          enabled: true
        }
      },
      workers: {
        waitForMigrations: {
          enabled: true
        }
      },
      dags: {
        gitSync: {
          enabled: false,
          repo: 'https://github.com/apache/airflow.git',
          branch: 'v2-2-stable',
          rev: 'HEAD',
          subPath: 'tests/dags',
          period: '5s'
        }
      },
      extraSecrets: {},
      extraConfigMaps: {},
      env: []
    },
  },
};

