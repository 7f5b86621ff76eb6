package uk.peel.crime;

import uk.peel.support.OnExternalPostgres;

/** Recording decisions, crimes and their changes again, on PostgreSQL 15 as production runs it. */
@OnExternalPostgres
class CrimeRecordsOnExternalPostgresIT extends CrimeRecordsIT {
}
