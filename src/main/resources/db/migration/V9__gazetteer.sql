-- The gazetteer: every postcode Peel knows, with where it is and the areas it lies in (ward, LSOA, MSOA, local
-- authority). Reference data from the ONS Postcode Directory, not personal data, so it is neither versioned nor
-- audited: an import simply upserts by postcode.
--
-- Postcodes are compared byte by byte (collation "C"): natural-language collations ignore spaces at the first
-- level, so under them 'M1 5AB' and 'M15 AB…' sort together and a prefix cannot use the index.
create table gazetteer_postcode (
    postcode             text collate "C" primary key,      -- canonical form, "M15 4AB"
    postcode_compact     text collate "C" not null generated always as (replace(postcode, ' ', '')) stored,
    latitude             double precision,                   -- WGS84; null when the directory has no grid reference
    longitude            double precision,
    ward_code            text,
    ward_name            text,
    msoa_code            text,
    msoa_name            text,
    lsoa_code            text,
    lsoa_name            text,
    locality             text,
    local_authority_code text,
    local_authority_name text,
    terminated           date,                               -- first day of the month the postcode was withdrawn
    updated_at           timestamptz not null default now(),
    constraint gazetteer_postcode_position_whole check ((latitude is null) = (longitude is null))
);

-- Typeahead while a call handler types without the space ("M154" finds "M15 4AB").
create index gazetteer_postcode_compact on gazetteer_postcode (postcode_compact);

-- Nearest postcode to a coordinate: a bounding box answered by the R-tree, exact distance computed after.
create index gazetteer_postcode_position on gazetteer_postcode using gist (point(longitude, latitude))
    where latitude is not null;
