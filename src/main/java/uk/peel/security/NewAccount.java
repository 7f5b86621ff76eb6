package uk.peel.security;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator gives to open a local account. */
public record NewAccount(
        @NotBlank(message = "Enter a username")
        @Pattern(regexp = "^[a-z0-9._-]{2,64}$", message = "Username must be 2 to 64 lower-case letters, digits, dots, hyphens or underscores") String username,
        @NotBlank(message = "Enter the person's name") @Size(max = 200, message = "Name must be at most 200 characters") String displayName,
        @NotBlank(message = "Enter a password")
        @Size(min = 12, max = 200, message = "Password must be at least 12 characters: a passphrase of a few words is easiest") String password,
        @NotEmpty(message = "Choose at least one role") Set<Role> roles) {
}
