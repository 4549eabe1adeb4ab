### A Pluto.jl notebook ###
# v0.16.0

using Markdown
using InteractiveUtils

# This Pluto notebook uses @bind for interactivity. When running this notebook outside of Pluto, the following 'mock version' of @bind gives bound variables a default value (instead of an error).
macro bind(def, element)
    quote
        local el = $(esc(element))
        global $(esc(def)) = Core.applicable(Base.get, el) ? Base.get(el) : missing
        el
    end
end

# ╔═╡ fccf5892-be3c-420e-adf5-0605683980df
using Pkg

# ╔═╡ c740d81d-aec8-4c4d-8c43-8f90c79804f9
pkg"add https://github.com/ancorso/Crux.jl"

# ╔═╡ 3940e6ed-74ca-479c-967f-eb17369306b5
pkg"add https://github.com/ancorso/POMDPGym.jl"

# ╔═╡ 9b81b780-0d6e-4dc2-b636-6cb7b26bce1c
begin
	using PlutoUI

	md"""
	# Deep Reinforcement Learning (RL)
	##### Julia Academy: _Decision Making Under Uncertainty with POMDPs.jl_
	
	An quick introduction to _deep reinforcement learning_ using [`Crux`](https://github.com/ancorso/Crux.jl).
	"""
end

# ╔═╡ 7cbda2b8-2818-4820-8091-d4db1b2fd1cf
using POMDPs, Crux, Flux

# ╔═╡ 361e6e89-d015-4640-9a6d-a65d9be8a691
using POMDPGym

# ╔═╡ 6de8bd11-50a6-4148-be10-e2d43f974946
𝒜 = [-2.0, -0.5, 0, 0.5, 2.0];

# ╔═╡ f679c89e-be33-4f65-90f3-b9954c9bcb44
mdp = PendulumMDP(actions=𝒜);

# ╔═╡ 807d88a4-3a98-4130-8f7d-68db328c8ebb
𝒮 = state_space(mdp)

# ╔═╡ cac137cb-8c1a-4662-b864-91ab65585c06
function action_network()
	layer1 = Dense(2, 64, relu)
	layer2 = Dense(64, 64, relu)
	layer3 = Dense(64, 1, tanh)
	layer4 = x -> 2f0 * x
	return ContinuousNetwork(Chain(layer1, layer2, layer3, layer4), 1)
end

# ╔═╡ 0edf8c48-b522-4d02-8964-2b8f219545d1
actor() = GaussianPolicy(action_network(), zeros(Float32, 1))

# ╔═╡ 0d2cbd97-3cd8-4753-8df5-9617f35905ae
function critic()
	layer1 = Dense(2, 64, relu)
	layer2 = Dense(64, 64, relu)
	layer3 = Dense(64, 1)
	return ContinuousNetwork(Chain(layer1, layer2, layer3))
end

# ╔═╡ c7e9c6fc-04fc-4fc8-84d8-2af6b6d7a3e0
π_actor_critic = ActorCritic(actor(), critic());

# ╔═╡ 4e86c512-f2a3-49f2-b466-1bd2284fa4f8
solver_ppo = PPO(π=π_actor_critic, S=𝒮, N=100000, ΔN=2048, a_opt=(batch_size=512,));

# ╔═╡ 30733eae-e687-41bd-ba93-ae7668f08b54
md"""
Now we can solve for an approximately optimal policy of the pendulum MDP!

> **Note, this will run in the background so check the Pluto terminal for training information.**
"""

# ╔═╡ 8d1597cd-13b7-4c7c-bc00-2e8930a5e4cd
policy_ppo = solve(solver_ppo, mdp)

# ╔═╡ 0f1966e5-06d5-4682-8468-f6d116cd8d9a
function Q_network()
	layer1 = Dense(2, 64, relu)
	layer2 = Dense(64, 64, relu)
	layer3 = Dense(64, length(𝒜))
	return DiscreteNetwork(Chain(layer1, layer2, layer3), 𝒜)
end

# ╔═╡ 27b845dd-c6bf-4cee-9c30-05a2f4679499
solver_dqn = DQN(π=Q_network(), S=𝒮, N=30000);

# ╔═╡ 24d6d1da-74df-4611-bc74-3dd8ae6d9149
policy_dqn = solve(solver_dqn, mdp)

# ╔═╡ 00000000-0000-0000-0000-000000000001
PLUTO_PROJECT_TOML_CONTENTS = """
[deps]
Crux = "e51cc422-768a-4345-bb8e-2246287ae729"
Flux = "587475ba-b771-5e3f-ad9e-33799f191a9c"
POMDPGym = "23110f14-cb49-4285-84b1-33ab57423405"
POMDPs = "a93abf59-7444-517b-a68a-c42f96afdd7d"
Pkg = "44cfe95a-1eb2-52ea-b672-e2afdf69b78f"
PlutoUI = "7f904dfe-b85e-4ff6-b463-dae2292396a8"

[compat]
Crux = "~0.1.0"
Flux = "~0.12.6"
POMDPGym = "~0.1.0"
POMDPs = "~0.9.3"
PlutoUI = "~0.7.9"
"""
