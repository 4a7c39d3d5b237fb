namespace SecretAnalyzers.Manifest;

/// <summary>The shape of an AWS region name, checked without a list so that new regions need no release.</summary>
internal static class ManifestRegions
{
    /// <summary>
    /// <c>us-east-1</c>, <c>eu-central-1</c>, <c>us-gov-west-1</c>, <c>cn-north-1</c>, <c>ap-southeast-5</c>: a two-letter
    /// area, one or two lowercase words, and a number. Catches typos ("us-east", "US-EAST-1", "us_east_1") without
    /// rejecting regions AWS opens later.
    /// </summary>
    public static bool IsRegionName(string name)
    {
        var parts = name.Split('-');
        if (parts.Length is < 3 or > 4 || parts[0].Length != 2 || !IsLowercaseWord(parts[0]))
        {
            return false;
        }

        for (var i = 1; i < parts.Length - 1; i++)
        {
            if (!IsLowercaseWord(parts[i]))
            {
                return false;
            }
        }

        var number = parts[parts.Length - 1];
        if (number.Length is 0 or > 2)
        {
            return false;
        }

        foreach (var c in number)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowercaseWord(string part)
    {
        if (part.Length == 0)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
