namespace SecretAnalyzers.Detection;

/// <summary>Source hosting and CI/CD: GitHub, GitLab, Bitbucket, CircleCI, Buildkite, Jenkins, SonarQube, and others.</summary>
internal static partial class TokenFormats
{
    private const string GitHubRevocation = "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation";
    private const string GitLabRevocation = "https://docs.gitlab.com/ee/security/tokens/";

    private static TokenFormat[] CodeAndCi() => new[]
    {
        Prefixed("github-fine-grained-pat", "GitHub", "GitHub fine-grained personal access token", SecretKind.Token, "GitHubToken", "github_pat_",
            "[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", 82, "22 + `_` + 59 letters and digits", GitHubRevocation),
        GitHub("ghp_", "github-pat-classic", "GitHub personal access token"),
        GitHub("gho_", "github-oauth-token", "GitHub OAuth access token"),
        GitHub("ghu_", "github-user-to-server-token", "GitHub user-to-server token"),
        GitHub("ghs_", "github-server-to-server-token", "GitHub server-to-server token"),
        GitHub("ghr_", "github-refresh-token", "GitHub refresh token"),
        GitLab("gitlab-pat", "glpat-", "GitLab personal access token", "GitLabToken"),
        GitLab("gitlab-deploy-token", "gldt-", "GitLab deploy token", "GitLabDeployToken"),
        GitLab("gitlab-runner-token", "glrt-", "GitLab runner token", "GitLabRunnerToken"),
        GitLab("gitlab-runner-registration-token", "GR1348941", "GitLab runner registration token", "GitLabRunnerRegistrationToken"),
        GitLab("gitlab-pipeline-trigger-token", "glptt-", "GitLab pipeline trigger token", "GitLabTriggerToken"),
        GitLab("gitlab-feed-token", "glft-", "GitLab feed token", "GitLabFeedToken"),
        GitLab("gitlab-incoming-mail-token", "glimt-", "GitLab incoming mail token", "GitLabIncomingMailToken"),
        GitLab("gitlab-agent-token", "glagent-", "GitLab agent for Kubernetes token", "GitLabAgentToken"),
        GitLab("gitlab-oauth-secret", "gloas-", "GitLab OAuth application secret", "GitLabOAuthSecret"),
        GitLab("gitlab-scim-token", "glsoat-", "GitLab SCIM OAuth token", "GitLabScimToken"),
        GitLab("gitlab-ci-build-token", "glcbt-", "GitLab CI/CD job token", "GitLabJobToken"),
        GitLab("gitlab-feature-flag-token", "glffct-", "GitLab feature flags client token", "GitLabFeatureFlagToken"),
        Prefixed("bitbucket-app-password", "Atlassian", "Bitbucket app password", SecretKind.Password, "BitbucketAppPassword", "ATBB",
            "[A-Za-z0-9_=.\\-]{28,}", 28, "28+ URL-safe characters", "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/",
            TokenValidators.MixedCaseAndDigit),
        Prefixed("bitbucket-access-token", "Atlassian", "Bitbucket access token", SecretKind.Token, "BitbucketToken", "ATCTT3",
            "[A-Za-z0-9_=\\-]{50,}", 50, "50+ URL-safe characters",
            "https://support.atlassian.com/bitbucket-cloud/docs/revoke-a-repository-access-token/"),
        Prefixed("circleci-personal-token", "CircleCI", "CircleCI personal API token", SecretKind.Token, "CircleCiToken", "CCIPAT_",
            "[A-Za-z0-9]{22}_[a-f0-9]{40}", 63, "22 letters and digits + `_` + 40 hex", "https://circleci.com/docs/managing-api-tokens/"),
        Prefixed("circleci-project-token", "CircleCI", "CircleCI project API token", SecretKind.Token, "CircleCiToken", "CCIPRJ_",
            "[A-Za-z0-9]{22}_[a-f0-9]{40}", 63, "22 letters and digits + `_` + 40 hex", "https://circleci.com/docs/managing-api-tokens/"),
        Prefixed("buildkite-api-token", "Buildkite", "Buildkite API access token", SecretKind.Token, "BuildkiteToken", "bkua_",
            "[a-f0-9]{40}", 40, "40 hex", "https://buildkite.com/docs/apis/managing-api-tokens"),
        Prefixed("buildkite-agent-token", "Buildkite", "Buildkite cluster agent token", SecretKind.Token, "BuildkiteAgentToken", "bkct_",
            "[A-Za-z0-9]{40,}", 40, "40+ letters and digits", "https://buildkite.com/docs/agent/v3/tokens"),
        InContext("jenkins-api-token", "Jenkins", "Jenkins API token", SecretKind.Token, "JenkinsToken",
            new[] { "jenkins" }, "11[a-f0-9]{32}", 34, "`11` + 32 hex",
            "https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/"),
        Prefixed("sonarqube-user-token", "SonarSource", "SonarQube user token", SecretKind.Token, "SonarToken", "squ_", "[a-f0-9]{40}", 40, "40 hex",
            "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/"),
        Prefixed("sonarqube-project-token", "SonarSource", "SonarQube project analysis token", SecretKind.Token, "SonarToken", "sqp_", "[a-f0-9]{40}", 40, "40 hex",
            "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/"),
        Prefixed("sonarqube-global-token", "SonarSource", "SonarQube global analysis token", SecretKind.Token, "SonarToken", "sqa_", "[a-f0-9]{40}", 40, "40 hex",
            "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/"),
        InContext("codecov-token", "Codecov", "Codecov upload token", SecretKind.Token, "CodecovToken",
            new[] { "codecov" }, Uuid, 36, "a UUID", "https://docs.codecov.com/docs/codecov-tokens"),
        InContext("snyk-token", "Snyk", "Snyk API token", SecretKind.Token, "SnykToken",
            new[] { "snyk" }, Uuid, 36, "a UUID", "https://docs.snyk.io/snyk-api/authentication-for-api/revoke-and-regenerate-a-snyk-api-token"),
        Prefixed("harness-pat", "Harness", "Harness personal access token", SecretKind.Token, "HarnessToken", "pat.",
            "[A-Za-z0-9_\\-]{22}\\.[a-f0-9]{24}\\.[A-Za-z0-9]{20}", 68, "22 URL-safe + `.` + 24 hex + `.` + 20 letters and digits",
            "https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/"),
        Prefixed("octopus-deploy-api-key", "Octopus Deploy", "Octopus Deploy API key", SecretKind.ApiKey, "OctopusApiKey", "API-",
            "[A-Z0-9]{26}", 26, "26 capitals and digits", "https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key",
            confidence: TokenConfidence.Medium),
        Prefixed("teamcity-token", "JetBrains", "TeamCity access token", SecretKind.Token, "TeamCityToken", "eyJ0eXAiOiAiVENWMiJ9.",
            "[A-Za-z0-9_\\-]{36}\\.[A-Za-z0-9_\\-]{48}", 85, "36 + `.` + 48 URL-safe characters",
            "https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens"),
        Prefixed("sourcegraph-token", "Sourcegraph", "Sourcegraph access token", SecretKind.Token, "SourcegraphToken", "sgp_",
            "(?:[a-f0-9]{16}_)?[a-f0-9]{40}", 40, "40 hex, optionally after 16 hex and `_`",
            "https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token"),
        Prefixed("prefect-api-key", "Prefect", "Prefect API key", SecretKind.ApiKey, "PrefectApiKey", "pnu_", "[A-Za-z0-9]{36}", 36,
            "36 letters and digits", "https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys"),
    };

    private static TokenFormat GitHub(string prefix, string id, string description) =>
        Prefixed(id, "GitHub", description, SecretKind.Token, "GitHubToken", prefix, "[A-Za-z0-9]{36}", 36,
            "36 letters and digits, the last 6 a CRC32 checksum", GitHubRevocation, TokenValidators.Base62Crc32);

    private static TokenFormat GitLab(string id, string prefix, string description, string suggestedName) =>
        Prefixed(id, "GitLab", description, SecretKind.Token, suggestedName, prefix, "[A-Za-z0-9_\\-]{20,}", 20,
            "20+ URL-safe characters", GitLabRevocation);
}
