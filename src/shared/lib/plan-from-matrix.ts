import { pairKey, type PlanInput, splitKey } from '@/shared/contract/plan';
import { BLOCK_LETTERS, RELATION_LETTERS } from '@/shared/contract/runs';

/** One answered call of a matrix run: a relation (friend_check) or block letter per To_Account. */
export interface MatrixAnswer {
  From_Account: string;
  To_Account: string[];
  /** RELATION_LETTERS, one per To_Account; null when the call was not answered or is a block check. */
  Relations: string | null;
  /** BLOCK_LETTERS of a black_list_check call, one per To_Account. */
  Blocks?: string | null;
}

const { CheckResult_Type_BothWay: BOTH, CheckResult_Type_AWithB: A_WITH_B } = RELATION_LETTERS;
const B_WITH_A = RELATION_LETTERS.CheckResult_Type_BWithA;
const {
  BlackCheckResult_Type_BothWay: BLOCK_BOTH,
  BlackCheckResult_Type_AWithB: BLOCKS,
  BlackCheckResult_Type_BWithA: BLOCKED_BY,
} = BLOCK_LETTERS;

/**
 * A plan of a matrix run's accounts with the friendships it found, each in its direction.
 * and the blocks its black_list_check pass found (runs stored before that pass have none).
 * `additive`: the run did not read remarks or groups, and a failed cell says nothing, so the
 * plan only asks for what was seen; applied where it was read, it changes nothing.
 */
export function planFromMatrix(accounts: string[], answers: Iterable<MatrixAnswer>): PlanInput {
  const entries = new Set<string>();
  const blocks = new Set<string>();
  for (const { From_Account: from, To_Account, Relations, Blocks } of answers) {
    if (Blocks) {
      To_Account.forEach((to, index) => {
        const letter = Blocks[index];
        if (letter === BLOCK_BOTH || letter === BLOCKS) blocks.add(pairKey(from, to));
        if (letter === BLOCK_BOTH || letter === BLOCKED_BY) blocks.add(pairKey(to, from));
      });
    }
    if (!Relations) continue;
    To_Account.forEach((to, index) => {
      const letter = Relations[index];
      if (letter === BOTH || letter === A_WITH_B) entries.add(pairKey(from, to));
      if (letter === BOTH || letter === B_WITH_A) entries.add(pairKey(to, from));
    });
  }
  const order = new Map(accounts.map((account, index) => [account, index]));
  const rank = (account: string) => order.get(account) ?? accounts.length;
  const friends: PlanInput['friends'] = [];
  const seen = new Set<string>();
  const sorted = [...entries].sort((x, y) => {
    const [a1, b1] = splitKey(x);
    const [a2, b2] = splitKey(y);
    return rank(a1) - rank(a2) || rank(b1) - rank(b2);
  });
  for (const key of sorted) {
    if (seen.has(key)) continue;
    const [owner, friend] = splitKey(key);
    const reverse = pairKey(friend, owner);
    seen.add(key);
    if (entries.has(reverse)) {
      seen.add(reverse);
      friends.push([owner, friend]);
    } else {
      friends.push([owner, friend, { direction: 'a-to-b' }]);
    }
  }
  const blockPairs = [...blocks].map((key) => splitKey(key));
  return blockPairs.length > 0
    ? { mode: 'additive', accounts, friends, blocks: blockPairs }
    : { mode: 'additive', accounts, friends };
}
