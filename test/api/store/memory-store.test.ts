import { createMemoryStore } from "../../../api/store/memory/memory-store";
import { describeStoreContract } from "./store-contract";

describeStoreContract("memory store", async () => createMemoryStore());
