using System.Text.RegularExpressions;

namespace SteeringDashboard.Core.Units;

/// <summary>A unit's contact for its reports: a person, a phone and an e-mail, each optional (null when not on file).</summary>
public sealed partial record UnitContact(string? Person, string? Phone, string? Email)
{
    public const int PersonMaxLength = 200;
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 200;

    public static readonly UnitContact None = new(null, null, null);

    public bool IsEmpty => Person is null && Phone is null && Email is null;

    /// <summary>The contact with its texts trimmed and blank ones null, as it is stored.</summary>
    public UnitContact Normalized() => new(Clean(Person), Clean(Phone), Clean(Email));

    /// <summary>What is wrong with the (normalized) contact, empty when it may be stored.</summary>
    public IReadOnlyList<UnitContactError> Errors()
    {
        var errors = new List<UnitContactError>();
        if (Person is { Length: > PersonMaxLength })
        {
            errors.Add(UnitContactError.PersonTooLong);
        }

        if (Phone is { } phone && (phone.Length > PhoneMaxLength || !PhonePattern().IsMatch(phone) || phone.Count(char.IsAsciiDigit) < 8))
        {
            errors.Add(UnitContactError.PhoneInvalid);
        }

        if (Email is { } email && (email.Length > EmailMaxLength || !EmailPattern().IsMatch(email)))
        {
            errors.Add(UnitContactError.EmailInvalid);
        }

        return errors;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Digits with the separators people write in a Vietnamese number ("024 3942 4224", "+84 (24) 3942-4224", "0912.345.678").</summary>
    [GeneratedRegex(@"^\+?[0-9 ().\-]+$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}

public enum UnitContactError
{
    PersonTooLong = 1,

    /// <summary>Not a phone number: digits (at least 8) with spaces, dots, dashes, brackets and a leading +.</summary>
    PhoneInvalid,
    EmailInvalid,
}
