public sealed class SecretStore : ISecretStore
{
    private readonly string password = Environment.GetEnvironmentVariable("DB_PASSWORD");
    public string ApiKey => configuration["Payments:ApiKey"];
}
