import { postgresBackend } from "./backends.ts";
import { storeContract } from "./contract.ts";

storeContract(await postgresBackend());
